namespace Assistant.Messaging;

/// <summary>
/// A token bucket on caller-supplied instants, so it runs on the injected <see cref="TimeProvider"/>
/// (System.Threading.RateLimiting's limiters read the real clock and cannot be driven by a fake one). Not thread-safe.
/// </summary>
internal sealed class TokenBucket
{
    private readonly double _ratePerSecond;
    private readonly double _capacity;
    private double _tokens;
    private DateTimeOffset _stamp;

    public TokenBucket(double ratePerSecond, double capacity, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ratePerSecond);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1d);
        _ratePerSecond = ratePerSecond;
        _capacity = capacity;
        _tokens = capacity;
        _stamp = now;
    }

    public bool TryTake(DateTimeOffset now)
    {
        Refill(now);
        if (_tokens < 1) return false;
        _tokens -= 1;
        return true;
    }

    /// <summary>How long until <see cref="TryTake"/> can succeed.</summary>
    public TimeSpan TimeUntilAvailable(DateTimeOffset now)
    {
        Refill(now);
        if (_tokens >= 1) return TimeSpan.Zero;
        // Round up to whole milliseconds: timers (the system's and FakeTimeProvider's) work in milliseconds and treat
        // a shorter wait as none, which would make the caller spin without the clock moving.
        return TimeSpan.FromMilliseconds(Math.Max(1, Math.Ceiling((1 - _tokens) / _ratePerSecond * 1000)));
    }

    public bool IsFull(DateTimeOffset now)
    {
        Refill(now);
        return _tokens >= _capacity;
    }

    private void Refill(DateTimeOffset now)
    {
        var elapsed = (now - _stamp).TotalSeconds;
        if (elapsed <= 0) return;
        _tokens = Math.Min(_capacity, _tokens + elapsed * _ratePerSecond);
        _stamp = now;
    }
}
