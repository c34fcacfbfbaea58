using Assistant.Telegram;

namespace Assistant.Tests.Telegram;

public sealed class PollingBackoffTests
{
    [Fact]
    public void Next_doubles_from_the_initial_delay_up_to_the_cap()
    {
        var backoff = new PollingBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), random: () => 0.5); // 0.5 = no jitter

        var delays = Enumerable.Range(0, 6).Select(_ => backoff.Next().TotalSeconds).ToArray();

        Assert.Equal([1, 2, 4, 8, 10, 10], delays);
    }

    [Fact]
    public void Reset_starts_again_from_the_initial_delay()
    {
        var backoff = new PollingBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), random: () => 0.5);
        backoff.Next();
        backoff.Next();

        backoff.Reset();

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next());
    }

    [Theory]
    [InlineData(0.0, 0.75)]
    [InlineData(1.0, 1.25)]
    public void Next_jitters_by_a_quarter_either_way(double random, double expectedSeconds)
    {
        var backoff = new PollingBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), random: () => random);

        Assert.Equal(expectedSeconds, backoff.Next().TotalSeconds, precision: 3);
    }

    [Fact]
    public void Next_waits_at_least_as_long_as_the_server_asked()
    {
        var backoff = new PollingBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), random: () => 0.5);

        Assert.Equal(TimeSpan.FromSeconds(30), backoff.Next(atLeast: TimeSpan.FromSeconds(30)));
    }
}
