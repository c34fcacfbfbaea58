using System.ComponentModel.DataAnnotations;

namespace Assistant.Telegram;

/// <summary>Settings of the Telegram front-end (section "Telegram"); the token also comes from env TELEGRAM_BOT_TOKEN.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>The unprefixed environment variable accepted when Telegram:BotToken is not set.</summary>
    public const string TokenEnvironmentVariable = "TELEGRAM_BOT_TOKEN";

    /// <summary>The token from @BotFather ("123456:ABC..."). A secret: never logged, see <see cref="ToString"/>.</summary>
    [Required(ErrorMessage = "Telegram:BotToken is required when Telegram is enabled (or set TELEGRAM_BOT_TOKEN).")]
    public string? BotToken { get; set; }

    /// <summary>A self-hosted Bot API server (or a test server), e.g. "http://127.0.0.1:8081"; empty means api.telegram.org.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>Long-poll time-out of getUpdates; Telegram caps it at 50 s.</summary>
    [Range(0, 50)]
    public int PollingTimeoutSeconds { get; set; } = 30;

    /// <summary>Time-out of one ordinary request (sendMessage, ...); long polls get <see cref="PollingTimeoutSeconds"/> on top.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>First wait after a failed getUpdates; doubles (with jitter) up to <see cref="MaxBackoff"/>, resets on success.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// False (the default) answers messages that arrived while the bot was down: a question asked during a
    /// restart still deserves an answer. True throws them away on start.
    /// </summary>
    public bool DropPendingUpdates { get; set; }

    /// <summary>"typing..." is shown only when the engine takes longer than this, then repeated every <see cref="TypingInterval"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Telegram shows a chat action for about 5 s, so it is renewed a little sooner.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan TypingInterval { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Updates of different chats handled at once; one chat's updates are always handled in order.</summary>
    [Range(1, 100)]
    public int MaxConcurrentUpdates { get; set; } = 8;

    /// <summary>
    /// Telegram.Bot retries a 429 by itself when retry_after is at most this many seconds (0 = never).
    /// Longer waits surface as <see cref="Messaging.RateLimitedException"/> from the transport.
    /// </summary>
    [Range(0, 60)]
    public int AutoRetryThresholdSeconds { get; set; } = 5;

    /// <summary>Redacts the token so options can be logged or shown in a debugger without leaking it.</summary>
    public override string ToString() =>
        $"TelegramOptions {{ BotToken = {(string.IsNullOrEmpty(BotToken) ? "(none)" : "(redacted)")}, ApiBaseUrl = {ApiBaseUrl ?? "(default)"}, " +
        $"PollingTimeoutSeconds = {PollingTimeoutSeconds}, InitialBackoff = {InitialBackoff}, MaxBackoff = {MaxBackoff}, DropPendingUpdates = {DropPendingUpdates} }}";
}
