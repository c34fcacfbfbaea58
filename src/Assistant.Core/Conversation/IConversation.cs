namespace Assistant.Conversation;

/// <summary>The transport-free conversation engine that every front-end drives.</summary>
public interface IConversation
{
    /// <summary>Turns a message into a reply. Never throws for bad input: the reply explains instead.</summary>
    Task<Reply> HandleMessageAsync(IncomingMessage message, CancellationToken cancellationToken);

    /// <summary>Handles a button press. Malformed or forged data yields a polite notice, never an exception.</summary>
    Task<CallbackOutcome> HandleCallbackAsync(IncomingCallback callback, CancellationToken cancellationToken);

    /// <summary>The commands to advertise (Telegram's menu, /help).</summary>
    IReadOnlyList<IChatCommand> MenuCommands { get; }
}
