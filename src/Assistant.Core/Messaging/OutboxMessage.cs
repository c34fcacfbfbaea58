namespace Assistant.Messaging;

/// <summary>
/// One queued message. (<see cref="ChatId"/>, <see cref="Kind"/>, <see cref="TalkId"/>, <see cref="LeadMinutes"/>,
/// <see cref="TalkStart"/>, <see cref="Variant"/>) is its identity in the outbox and in the delivery log: a second
/// enqueue of the same key, or one that was already delivered, is a no-op.
/// </summary>
public sealed record OutboxMessage(
    long ChatId,
    string Kind,
    string TalkId,
    int LeadMinutes,
    DateTimeOffset TalkStart,
    string Variant,
    DateTimeOffset RemindAt,
    DateTimeOffset DueAt,
    string? Body = null)
{
    /// <summary>Failed sends so far (transient errors only; a 429 does not count).</summary>
    public int Attempts { get; init; }

    /// <summary>Not sent before this instant; <see cref="DueAt"/> unless a send failed.</summary>
    public DateTimeOffset NextAttemptAt { get; init; } = DueAt;

    public override string ToString() =>
        $"{Kind} chat {ChatId} talk {TalkId} lead {LeadMinutes} start {TalkStart:u}{(Variant.Length > 0 ? " " + Variant : "")}";
}

/// <summary>The kinds of message the outbox carries.</summary>
public static class OutboxKinds
{
    public const string Reminder = "reminder";
    public const string Change = "change";
}
