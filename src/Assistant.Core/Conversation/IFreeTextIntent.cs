namespace Assistant.Conversation;

/// <summary>
/// A kind of free-text request a feature recognises itself ("what's on now?", "summarise A4-3"), asked before the
/// lenient talk-code lookup and the answer service see the text.
/// </summary>
/// <remarks>
/// Order contract: <see cref="FreeTextHandler"/> asks every registered intent in ascending <see cref="Order"/>
/// (ties in registration order); the first non-null reply is the answer and later intents are not asked. Only
/// when all return null does the text go to the talk-code lookup, then to the answer service. Intents must be
/// strict (null for anything not clearly theirs), because they take text away from the card and the answers.
/// Conversation's own intents use 100s (<see cref="ScheduleFreeTextIntent"/> is 100, <see cref="SessionFreeTextIntent"/> 110); features use 200 and up.
/// </remarks>
public interface IFreeTextIntent
{
    /// <summary>Lower runs first; see the order contract on the interface.</summary>
    int Order { get; }

    /// <summary>The reply when <paramref name="text"/> is this intent's request; null when it is not.</summary>
    Task<Reply?> TryHandleAsync(ChatContext chat, string text, CancellationToken cancellationToken);
}
