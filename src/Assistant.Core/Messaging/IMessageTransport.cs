using Assistant.Conversation;

namespace Assistant.Messaging;

/// <summary>
/// Delivers a message that is not a direct reply (a reminder, a change notice) to one chat.
/// Implemented by each front-end; the outbound dispatcher is its only caller.
/// Failures are reported with the exceptions below so the dispatcher can react without knowing the transport.
/// </summary>
public interface IMessageTransport
{
    Task SendAsync(long chatId, Reply reply, CancellationToken cancellationToken);
}

/// <summary>The recipient has blocked the bot or left (Telegram 403): stop sending to them.</summary>
public sealed class RecipientUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The transport asked us to slow down (Telegram 429) for <see cref="RetryAfter"/>.</summary>
public sealed class RateLimitedException(TimeSpan retryAfter, Exception? inner = null)
    : Exception($"Rate limited; retry after {retryAfter.TotalSeconds:0.#} s.", inner)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>A failure worth retrying later (network error, time-out, 5xx).</summary>
public sealed class TransientSendException(string message, Exception? inner = null) : Exception(message, inner);
