namespace Assistant.Telegram;

/// <summary>
/// Exponential back-off with jitter for a failing poll: initial, x2 each failure, capped, reset on success.
/// Jitter (±25 %) keeps several instances from retrying in lock-step after a shared outage.
/// </summary>
internal sealed class PollingBackoff(TimeSpan initial, TimeSpan max, Func<double>? random = null)
{
    private readonly Func<double> random = random ?? Random.Shared.NextDouble;
    private int failures;

    public int Failures => failures;

    /// <summary>The delay before the next attempt; <paramref name="atLeast"/> honours a server's retry_after.</summary>
    public TimeSpan Next(TimeSpan? atLeast = null)
    {
        var exponent = Math.Min(failures, 30);
        failures++;
        var baseTicks = Math.Min(initial.Ticks * Math.Pow(2, exponent), max.Ticks);
        var jittered = baseTicks * (0.75 + 0.5 * random());
        var delay = TimeSpan.FromTicks((long)Math.Min(jittered, max.Ticks));
        return atLeast is { } floor && floor > delay ? floor : delay;
    }

    public void Reset() => failures = 0;
}
