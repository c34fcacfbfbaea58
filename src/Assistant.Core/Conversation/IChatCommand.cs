namespace Assistant.Conversation;

/// <summary>
/// A slash command ("/talk A4-1"). Each feature registers its own with
/// <c>services.AddSingleton&lt;IChatCommand, MyCommand&gt;()</c>; the engine routes by <see cref="Name"/>.
/// </summary>
public interface IChatCommand
{
    /// <summary>Name without the slash, lower case ("talk").</summary>
    string Name { get; }

    /// <summary>One line for /help and Telegram's command menu.</summary>
    string Description { get; }

    /// <summary>False for commands kept out of the menu (for example admin-only ones).</summary>
    bool ShowInMenu => true;

    Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken);
}

/// <summary>Handles button presses whose callback data starts with "<see cref="Action"/>:".</summary>
public interface ICallbackAction
{
    string Action { get; }

    Task<CallbackOutcome> ExecuteAsync(ChatContext chat, string argument, CancellationToken cancellationToken);
}

/// <summary>
/// Adds buttons to every talk card (bookmark, summary, ...). Lets later features extend the card
/// without the card knowing about them.
/// </summary>
public interface ITalkCardButtons
{
    /// <summary>Lower comes first.</summary>
    int Order { get; }

    ValueTask<IReadOnlyList<ReplyButton>> GetButtonsAsync(ChatContext chat, ProgramData.Talk talk, CancellationToken cancellationToken);
}
