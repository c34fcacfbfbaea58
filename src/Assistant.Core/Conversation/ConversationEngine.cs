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
                if (await SmallTalkAsync(message.Chat, text, cancellationToken) is { } smallTalk)
                    return smallTalk;
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

    public const string ThanksReply = "You're welcome — ask me about the program, or send /help.";
    public const string GoodbyeReply = "Goodbye — ask me about the program any time, or send /help.";

    /// <summary>Longest first, so "good morning" is not read as an unknown "good".</summary>
    private static readonly string[] Greetings =
        ["good morning", "good afternoon", "good evening", "hello", "hallo", "hey", "hi", "你好", "您好"];

    /// <summary>Words that may follow a greeting ("hi there", "hello everyone") without making it a question.</summary>
    private static readonly HashSet<string> GreetingFiller = new(StringComparer.OrdinalIgnoreCase)
    {
        "there", "all", "everyone", "everybody", "bot", "assistant", "again",
    };

    private static readonly HashSet<string> Thanks = new(StringComparer.OrdinalIgnoreCase)
    {
        "thanks", "thank you", "thx", "ty", "thank u", "谢谢", "多谢", "感谢",
        "thanks a lot", "thanks so much", "thank you so much", "thank you very much", "many thanks", "谢谢你", "谢谢您",
    };

    private static readonly HashSet<string> Goodbyes = new(StringComparer.OrdinalIgnoreCase)
    {
        "bye", "goodbye", "bye bye", "good bye", "see you", "再见", "拜拜",
    };

    /// <summary>
    /// Small talk without the slash: a bare command word ("help", "rooms") runs it, a greeting runs /start, thanks
    /// and goodbyes get a short reply. A greeting in front of a question ("hi, who talks about X?") is filler: it is
    /// dropped and the rest is answered. Null means: answer <paramref name="text"/> as free text.
    /// </summary>
    private async Task<Reply?> SmallTalkAsync(ChatContext chat, string text, CancellationToken cancellationToken)
    {
        var phrase = Normalise(text);
        if (phrase.Length == 0) return null;
        if (Thanks.Contains(phrase)) return Reply.Text(ThanksReply);
        if (Goodbyes.Contains(phrase)) return Reply.Text(GoodbyeReply);
        if (StripGreeting(text) is { } rest)
        {
            var words = Normalise(rest).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.All(GreetingFiller.Contains))
                return _commands.TryGetValue("start", out var start) ? await start.ExecuteAsync(chat, "", cancellationToken) : null;
            // "hi, thanks" or "hello help": the rest is the message.
            return await SmallTalkAsync(chat, rest, cancellationToken) ?? await _freeText.HandleAsync(chat, rest, cancellationToken);
        }
        if (!phrase.Contains(' ') && _commands.TryGetValue(phrase, out var command))
            return await command.ExecuteAsync(chat, "", cancellationToken);
        if (phrase is "start" or "menu" && _commands.TryGetValue("start", out var menu))
            return await menu.ExecuteAsync(chat, "", cancellationToken);
        return null;
    }

    /// <summary>Lower case, punctuation of any script (，！？。 too) replaced by spaces, runs of spaces collapsed.</summary>
    private static string Normalise(string text)
    {
        var cleaned = new string(text.Select(c => IsSeparator(c) ? ' ' : char.ToLowerInvariant(c)).ToArray());
        return string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// The text after a leading greeting and its filler ("hi there, "), or null when the text does not start with a
    /// greeting as a whole word.
    /// </summary>
    private static string? StripGreeting(string text)
    {
        foreach (var greeting in Greetings)
        {
            if (StripWord(text, greeting) is not { } rest) continue;
            while (rest.Split(' ', 2)[0] is var first && Normalise(first) is var word && GreetingFiller.Contains(word)
                   && StripWord(rest, word) is { } shorter)
                rest = shorter;
            return rest;
        }
        return null;
    }

    /// <summary>
    /// The text after <paramref name="word"/> and the spaces and punctuation that follow it; null when the text
    /// does not start with it as a whole word ("hi" must not take "history").
    /// </summary>
    private static string? StripWord(string text, string word)
    {
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith(word, StringComparison.OrdinalIgnoreCase)) return null;
        var rest = trimmed[word.Length..];
        if (rest.Length > 0 && !IsSeparator(rest[0])) return null;
        var skip = 0;
        while (skip < rest.Length && IsSeparator(rest[skip])) skip++;
        return rest[skip..];
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c);

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
