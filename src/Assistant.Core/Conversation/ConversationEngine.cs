using Assistant.ProgramData;
using Microsoft.Extensions.Logging;

namespace Assistant.Conversation;

/// <summary>
/// Routes a message to a command or to free-text handling and a button press to its action; turns bad
/// input into an explanation and a handler's failure into an apology, so front-ends never see an exception.
/// </summary>
public sealed partial class ConversationEngine : IConversation
{
    /// <summary>
    /// Longer messages are refused rather than cut: nobody types a 1,000-character question, and answering the
    /// first part of a pasted text would look like an answer to something the user did not ask.
    /// </summary>
    public const int MaxMessageLength = 1000;

    public const string Apology = "Sorry, something went wrong on my side while answering that. Please try again, or send /help.";

    private readonly Dictionary<string, IChatCommand> _commands;
    private readonly Dictionary<string, ICallbackAction> _actions;
    private readonly FreeTextHandler _freeText;
    private readonly ILogger<ConversationEngine> _logger;

    public ConversationEngine(
        IEnumerable<IChatCommand> commands,
        IEnumerable<ICallbackAction> actions,
        FreeTextHandler freeText,
        ILogger<ConversationEngine> logger)
    {
        _logger = logger;
        _freeText = freeText;
        _commands = new(StringComparer.OrdinalIgnoreCase);
        var menu = new List<IChatCommand>();
        foreach (var command in commands)
        {
            // First registration wins, so a feature cannot silently take over another's command.
            if (_commands.TryAdd(command.Name, command))
            {
                if (command.ShowInMenu) menu.Add(command);
            }
            else LogDuplicate("command", command.Name, command.GetType().Name);
        }
        MenuCommands = menu;
        _actions = new(StringComparer.Ordinal);
        foreach (var action in actions)
            if (!_actions.TryAdd(action.Action, action)) LogDuplicate("callback action", action.Action, action.GetType().Name);
    }

    public IReadOnlyList<IChatCommand> MenuCommands { get; }

    public async Task<Reply> HandleMessageAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var text = (message.Text ?? "").Trim();
        if (text.Length == 0)
            return Reply.Text("Send me a talk code like A4-1, a question, or /help.");
        if (text.Length > MaxMessageLength)
            return Reply.Text($"That message is too long for me ({text.Length:N0} characters; I read up to {MaxMessageLength:N0}). "
                              + "Please ask in a sentence or two, or use /search with a few words.");

        try
        {
            if (!CommandText.TryParse(text, out var command))
            {
                if (BareCommand(text) is { } bare)
                    return await bare.ExecuteAsync(message.Chat, "", cancellationToken);
                return await _freeText.HandleAsync(message.Chat, text, cancellationToken);
            }
            if (command.IsWellFormed && _commands.TryGetValue(command.Name, out var handler))
                return await handler.ExecuteAsync(message.Chat, command.Arguments, cancellationToken);
            var shown = command.Name.Length == 0 ? "that command" : "/" + TalkFormatter.Shorten(command.Name, 32);
            return Reply.Text($"I don't know {shown}. Send /help to see what I can do.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogHandlerFailed(ex, message.Chat.ChatId, text.Length);
            return Reply.Text(Apology);
        }
    }

    private static readonly HashSet<string> Greetings = new(StringComparer.OrdinalIgnoreCase)
    {
        "hi", "hello", "hey", "hallo", "start", "menu", "你好",
    };

    /// <summary>
    /// A single word that names a command ("help", "rooms", "agenda") runs it, and a greeting runs /start:
    /// people type these without the slash and deserve better than a search for "help".
    /// </summary>
    private IChatCommand? BareCommand(string text)
    {
        var word = text.TrimEnd('?', '!', '.', ' ');
        if (word.Length == 0 || word.Any(char.IsWhiteSpace)) return null;
        if (Greetings.Contains(word)) return _commands.GetValueOrDefault("start");
        return _commands.GetValueOrDefault(word);
    }

    public async Task<CallbackOutcome> HandleCallbackAsync(IncomingCallback callback, CancellationToken cancellationToken)
    {
        if (!CallbackData.TryParse(callback.Data, out var data) || !_actions.TryGetValue(data.Action, out var action))
        {
            LogBadCallback(callback.Chat.ChatId);
            return CallbackOutcome.Toast(TalkCallbacks.OutOfDate);
        }
        try
        {
            return await action.ExecuteAsync(callback.Chat, data.Argument, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogCallbackFailed(ex, data.Action, callback.Chat.ChatId);
            return CallbackOutcome.Toast(Apology);
        }
    }

    // Message text is deliberately not logged: it is the user's, and logs are not the place for it.
    [LoggerMessage(Level = LogLevel.Error, Message = "Answering a message ({Length} characters) in chat {ChatId} failed")]
    private partial void LogHandlerFailed(Exception exception, long chatId, int length);

    [LoggerMessage(Level = LogLevel.Error, Message = "Callback action {Action} in chat {ChatId} failed")]
    private partial void LogCallbackFailed(Exception exception, string action, long chatId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored malformed or unknown callback data in chat {ChatId}")]
    private partial void LogBadCallback(long chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Duplicate {Kind} {Name} from {Type} ignored; the first registration wins")]
    private partial void LogDuplicate(string kind, string name, string type);
}
