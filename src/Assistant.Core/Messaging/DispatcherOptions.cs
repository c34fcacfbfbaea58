using System.ComponentModel.DataAnnotations;

namespace Assistant.Messaging;

/// <summary>How the outbound dispatcher paces and retries (section "Dispatcher"). Defaults are Telegram's limits.</summary>
public sealed class DispatcherOptions
{
    public const string SectionName = "Dispatcher";

    /// <summary>Messages per second over all chats (Telegram: about 30).</summary>
    [Range(0.1, 1_000_000)]
    public double GlobalPerSecond { get; set; } = 30;

    /// <summary>Messages per second to one chat (Telegram: about 1).</summary>
    [Range(0.01, 1_000_000)]
    public double PerChatPerSecond { get; set; } = 1;

    /// <summary>Sends in flight at once; the rate limits apply on top.</summary>
    [Range(1, 256)]
    public int MaxConcurrentSends { get; set; } = 8;

    /// <summary>Rows read per pass.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>Transient failures after which a message is given up (and logged).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Back-off after the first transient failure; doubles with each further one.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the queue is looked at when nothing signalled new rows.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A chat not sent to for this long cannot have tripped its own limit, so a 429 for it pauses all chats.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan GlobalRateLimitHeuristic { get; set; } = TimeSpan.FromSeconds(1);
}
