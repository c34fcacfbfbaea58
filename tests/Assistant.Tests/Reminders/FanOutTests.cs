using Assistant.Reminders;

namespace Assistant.Tests.Reminders;

public sealed class FanOutTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 21, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Three_thousand_subscribers_at_thirty_per_second_start_a_hundred_seconds_early() =>
        Assert.Equal(Start.AddMinutes(-10).AddSeconds(-100), FanOut.FireAt(Start, 10, 3000, 30));

    [Theory]
    [InlineData(1, 30, 1)]
    [InlineData(30, 30, 1)]
    [InlineData(31, 30, 2)]
    [InlineData(0, 30, 0)]
    [InlineData(100, 1, 100)]
    public void Sending_time_rounds_up_to_whole_seconds(int subscribers, double perSecond, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), FanOut.SendingTime(subscribers, perSecond));

    [Theory]
    [InlineData(15, 3, 1, 0, "You'll be reminded 15 minutes before each of your 3 bookmarked talks; 1 has already started.")]
    [InlineData(0, 3, 1, 0, "Reminders are off.")]
    [InlineData(10, 0, 0, 0, "You'll be reminded 10 minutes before each talk you bookmark.")]
    [InlineData(1, 1, 0, 1, "You'll be reminded 1 minute before your bookmarked talk; 1 starts sooner than that, so its reminder comes now.")]
    [InlineData(30, 4, 2, 2, "You'll be reminded 30 minutes before each of your 4 bookmarked talks; 2 have already started; 2 start sooner than that, so their reminders come now.")]
    public void The_lead_time_sentence_describes_the_bookmarks_already_made(int minutes, int bookmarked, int started, int immediate, string expected) =>
        Assert.Equal(expected, ReminderPlanner.Describe(minutes, bookmarked, started, immediate));
}
