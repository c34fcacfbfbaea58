using Assistant.Conversation;

namespace Assistant.Messaging;

/// <summary>
/// Turns a group of due outbox rows of one chat (same kind, same <see cref="OutboxMessage.RemindAt"/>) into one
/// message. Features own their kinds; the dispatcher stays ignorant of what reminders or notices say.
/// </summary>
public interface IOutboxComposer
{
    IReadOnlyCollection<string> Kinds { get; }

    /// <summary>The message to send and the rows it covers; rows left out are obsolete and are dropped.
    /// A null reply drops the whole group.</summary>
    ValueTask<OutboxComposition> ComposeAsync(IReadOnlyList<OutboxMessage> group, DateTimeOffset now, CancellationToken cancellationToken);
}

public sealed record OutboxComposition(Reply? Reply, IReadOnlyList<OutboxMessage> Included)
{
    public static OutboxComposition Drop { get; } = new(null, []);
}
