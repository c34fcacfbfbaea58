using System.Data.Common;

namespace Assistant.Messaging;

/// <summary>
/// The durable queue of messages that are not direct replies. Writers enqueue (idempotently); the outbound
/// dispatcher is the only reader.
/// </summary>
public interface IOutbox
{
    /// <summary>Inserts the messages in one transaction, skipping keys already queued or already delivered;
    /// wakes the dispatcher. Returns how many were new.</summary>
    Task<int> EnqueueAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>As <see cref="EnqueueAsync(IReadOnlyCollection{OutboxMessage}, CancellationToken)"/>, and runs
    /// <paramref name="sameTransaction"/> in the same transaction (also when there is nothing to queue), so a record
    /// of "these were queued" commits together with the messages or not at all.</summary>
    Task<int> EnqueueAsync(
        IReadOnlyCollection<OutboxMessage> messages,
        Func<DbConnection, DbTransaction, CancellationToken, Task> sameTransaction,
        CancellationToken cancellationToken);

    /// <summary>Messages whose next attempt is due, oldest due first.</summary>
    Task<IReadOnlyList<OutboxMessage>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken);

    /// <summary>The earliest next attempt of any queued message.</summary>
    Task<DateTimeOffset?> NextAttemptAtAsync(CancellationToken cancellationToken);

    /// <summary>Records the messages as delivered and removes them from the queue, in one transaction.</summary>
    Task MarkDeliveredAsync(IReadOnlyCollection<OutboxMessage> messages, DateTimeOffset deliveredAt, CancellationToken cancellationToken);

    /// <summary>Removes messages that will not be sent (obsolete, given up).</summary>
    Task DeleteAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>Postpones the messages; <paramref name="countAttempt"/> is false for a 429, which is not the message's fault.</summary>
    Task RetryLaterAsync(IReadOnlyCollection<OutboxMessage> messages, DateTimeOffset nextAttemptAt, bool countAttempt, CancellationToken cancellationToken);

    /// <summary>Drops everything queued for the chat; returns how many.</summary>
    Task<int> DropChatAsync(long chatId, CancellationToken cancellationToken);

    /// <summary>Drops queued messages of one kind for a chat, optionally only for one talk and/or one lead time.</summary>
    Task<int> DropAsync(long chatId, string kind, string? talkId, int? leadMinutes, CancellationToken cancellationToken);

    /// <summary>Drops queued messages of one kind about a talk for everyone, except those for <paramref name="keepStart"/>.</summary>
    Task<int> DropForTalkAsync(string kind, string talkId, DateTimeOffset? keepStart, CancellationToken cancellationToken);
}
