using Assistant.Messaging;

namespace Assistant.Tests.Messaging;

public sealed class TokenBucketTests
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 21, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_full_bucket_gives_its_burst_then_one_token_per_interval()
    {
        var bucket = new TokenBucket(ratePerSecond: 30, capacity: 3, T0);

        Assert.True(bucket.TryTake(T0));
        Assert.True(bucket.TryTake(T0));
        Assert.True(bucket.TryTake(T0));
        Assert.False(bucket.TryTake(T0));
        Assert.Equal(TimeSpan.FromMilliseconds(34), bucket.TimeUntilAvailable(T0));
        Assert.True(bucket.TryTake(T0 + bucket.TimeUntilAvailable(T0)));
    }

    [Fact]
    public void Over_ten_seconds_a_bucket_gives_its_rate_plus_its_burst()
    {
        var bucket = new TokenBucket(ratePerSecond: 30, capacity: 3, T0);
        var taken = 0;
        for (var now = T0; now < T0.AddSeconds(10); now = now.AddMilliseconds(7))
            while (bucket.TryTake(now)) taken++;

        Assert.InRange(taken, 300, 303);
    }

    [Fact]
    public void A_wait_is_never_shorter_than_a_millisecond()
    {
        var bucket = new TokenBucket(ratePerSecond: 1_000_000, capacity: 1, T0);
        Assert.True(bucket.TryTake(T0));

        Assert.Equal(TimeSpan.FromMilliseconds(1), bucket.TimeUntilAvailable(T0));
    }

    [Fact]
    public void An_idle_bucket_refills_only_to_its_capacity()
    {
        var bucket = new TokenBucket(ratePerSecond: 1, capacity: 1, T0);
        Assert.True(bucket.TryTake(T0));

        var later = T0.AddMinutes(5);
        Assert.True(bucket.TryTake(later));
        Assert.False(bucket.TryTake(later));
        Assert.True(bucket.IsFull(later.AddSeconds(1)));
    }
}
