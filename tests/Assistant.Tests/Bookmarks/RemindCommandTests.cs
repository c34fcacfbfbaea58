using Assistant.Bookmarks;
using Assistant.Reminders;
using Moq;

namespace Assistant.Tests.Bookmarks;

public sealed class RemindCommandTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly BookmarksHarness _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("15", 15)]
    [InlineData(" 0 ", 0)]
    [InlineData("1440", 1440)]
    [InlineData("20 min", 20)]
    [InlineData("5m", 5)]
    [InlineData("45 minutes", 45)]
    public void Minutes_are_parsed(string text, int expected)
    {
        Assert.True(RemindCommand.TryParse(text, out var minutes));
        Assert.Equal(expected, minutes);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("1441")]
    [InlineData("1.5")]
    [InlineData("soon")]
    [InlineData("10 hours")]
    public void Bad_minutes_are_refused(string text) => Assert.False(RemindCommand.TryParse(text, out _));

    [Fact]
    public async Task Without_arguments_it_shows_the_current_setting()
    {
        var reply = await _app.SendAsync("/remind");

        Assert.Contains("Reminders come 10 minutes before each bookmarked talk.", reply.PlainText);
        Assert.Contains("Usage: /remind <minutes>", reply.PlainText);
    }

    [Fact]
    public async Task Setting_a_lead_time_stores_it_and_says_what_happens_to_existing_bookmarks()
    {
        await _app.SendAsync("/bookmark A4-1");
        await _app.SendAsync("/bookmark C1-1");

        var reply = await _app.SendAsync("/remind 15");

        Assert.Equal(15, (await _app.Users.FindAsync(BookmarksHarness.Alice.ChatId, None))!.ReminderLeadMinutes);
        Assert.Equal("2 reminders will come 15 minutes before each of your upcoming bookmarked talks.", reply.PlainText);
    }

    [Fact]
    public async Task Past_talks_do_not_count_in_the_fallback_sentence()
    {
        await _app.SendAsync("/bookmark A4-1");
        await _app.SendAsync("/bookmark C1-1");
        _app.Time.SetUtcNow(TestProgram.Local(20, 12, 0));

        var reply = await _app.SendAsync("/remind 5");

        Assert.Contains("1 reminder will come 5 minutes before your upcoming bookmarked talk.", reply.PlainText);
    }

    [Fact]
    public async Task Zero_turns_reminders_off()
    {
        await _app.SendAsync("/bookmark A4-1");

        var reply = await _app.SendAsync("/remind 0");

        Assert.Equal("Reminders are off: none will come for your 1 upcoming bookmarked talk.", reply.PlainText);
        Assert.Equal(0, (await _app.Users.FindAsync(BookmarksHarness.Alice.ChatId, None))!.ReminderLeadMinutes);
    }

    [Fact]
    public async Task One_minute_is_singular_in_the_setting_and_the_agenda()
    {
        await _app.SendAsync("/remind 1");

        var setting = await _app.SendAsync("/remind");
        var agenda = await _app.SendAsync("/agenda");

        Assert.Contains("Reminders come 1 minute before each bookmarked talk.", setting.PlainText);
        Assert.DoesNotContain("1 minutes", setting.PlainText + agenda.PlainText);
    }

    [Fact]
    public async Task Bad_input_shows_usage_and_keeps_the_setting()
    {
        await _app.SendAsync("/remind 30");

        var reply = await _app.SendAsync("/remind 2000");

        Assert.Contains("Usage: /remind <minutes>, from 0 to 1440", reply.PlainText);
        Assert.Contains("Reminders come 30 minutes", reply.PlainText);
        Assert.Equal(30, (await _app.Users.FindAsync(BookmarksHarness.Alice.ChatId, None))!.ReminderLeadMinutes);
    }

    [Fact]
    public async Task A_registered_planner_words_the_effect()
    {
        var planner = new Mock<IReminderPlanner>();
        planner.Setup(p => p.LeadTimeChangedAsync(BookmarksHarness.Alice.ChatId, 10, 25, It.IsAny<CancellationToken>()))
            .ReturnsAsync("3 reminders will come 25 minutes before each talk.");
        using var app = new BookmarksHarness(planner.Object);

        var reply = await app.SendAsync("/remind 25");

        Assert.Contains("3 reminders will come 25 minutes before each talk.", reply.PlainText);
        planner.Verify(p => p.LeadTimeChangedAsync(BookmarksHarness.Alice.ChatId, 10, 25, It.IsAny<CancellationToken>()), Times.Once);
    }
}
