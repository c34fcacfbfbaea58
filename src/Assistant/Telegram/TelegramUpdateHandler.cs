using Assistant.Conversation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Assistant.Telegram;

/// <summary>Routes one update to the conversation engine and sends its answer. Handles its own failures so polling never stops.</summary>
internal sealed partial class TelegramUpdateHandler(
    IConversation conversation,
    TelegramReplySender sender,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramUpdateHandler> logger) : IUpdateHandler
{
    /// <summary>Telegram shows at most 200 characters in a callback toast.</summary>
    private const int MaxToastLength = 200;

    public async Task HandleUpdateAsync(ITelegramBotClient bot, Update update, CancellationToken cancellationToken)
    {
        switch (update)
        {
            case { Message: { } message }:
                await OnMessage(bot, message, cancellationToken);
                break;
            case { CallbackQuery: { } query }:
                await OnCallbackQuery(bot, query, cancellationToken);
                break;
            default:
                LogIgnored(update.Id, update.Type);
                break;
        }
    }

    public Task HandleErrorAsync(ITelegramBotClient bot, Exception exception, HandleErrorSource source, CancellationToken cancellationToken)
    {
        // Only the exception's type and message: a request URL, which holds the token, is never logged.
        LogError(source, exception.GetType().Name, exception.Message, source == HandleErrorSource.HandleUpdateError ? exception : null);
        return Task.CompletedTask;
    }

    private async Task OnMessage(ITelegramBotClient bot, Message message, CancellationToken cancellationToken)
    {
        if (message.From is not { IsBot: false } from) return; // channel posts and other bots

        var chat = Context(message.Chat.Id, from);
        Reply reply;
        if (message.Text is { } text)
        {
            await using (TypingIndicator.Start(bot, message.Chat.Id, options.Value, time, logger, cancellationToken))
                reply = await AskEngine(() => conversation.HandleMessageAsync(new IncomingMessage(chat, StripBotName(text)), cancellationToken), cancellationToken);
        }
        else if (IsMediaOnly(message.Type))
        {
            reply = Reply.Text(IsChinese(from) ? "抱歉，我只能理解文字消息。请用文字提问，例如 /help。" : "Sorry, I only understand text. Try typing a question, or /help.");
        }
        else
        {
            LogIgnoredMessage(message.Id, message.Type);
            return;
        }

        await sender.SendAsync(message.Chat.Id, reply, cancellationToken);
    }

    private async Task OnCallbackQuery(ITelegramBotClient bot, CallbackQuery query, CancellationToken cancellationToken)
    {
        var chatId = query.Message?.Chat.Id ?? query.From.Id;
        CallbackOutcome outcome;
        try
        {
            outcome = await conversation.HandleCallbackAsync(new IncomingCallback(Context(chatId, query.From), query.Data ?? ""), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogEngineFailed(ex);
            outcome = CallbackOutcome.Toast(IsChinese(query.From) ? "抱歉，出错了。" : "Sorry, that did not work.");
        }

        // Answered whatever happened: otherwise the button keeps spinning on the user's screen.
        try
        {
            await bot.AnswerCallbackQuery(query.Id, Truncate(outcome.Notice, MaxToastLength), cancellationToken: cancellationToken);
        }
        catch (ApiRequestException ex)
        {
            // Queries expire after a while ("query is too old"); the reply below still helps.
            LogAnswerFailed(query.Id, ex.Message);
        }

        // Sent as a new message rather than editing the pressed one: the card stays visible above (users scroll back
        // to it), and a reply that needs several parts or a file could not be an edit anyway.
        if (outcome.Reply is { } reply)
            await sender.SendAsync(chatId, reply, cancellationToken);
    }

    /// <summary>The engine promises not to throw; if it does anyway, the user gets an apology instead of silence.</summary>
    private async Task<Reply> AskEngine(Func<Task<Reply>> ask, CancellationToken cancellationToken)
    {
        try
        {
            return await ask();
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogEngineFailed(ex);
            return Reply.Text("Sorry, something went wrong on my side. Please try again.");
        }
    }

    private static ChatContext Context(long chatId, User from) =>
        new(chatId, from.Id, from.LanguageCode, DisplayName(from)) { FrontEnd = "telegram" };

    private static string? DisplayName(User user)
    {
        var name = $"{user.FirstName} {user.LastName}".Trim();
        return name.Length > 0 ? name : user.Username;
    }

    /// <summary>In groups commands arrive as "/talk@my_bot A4-1"; the engine knows only "/talk".</summary>
    internal static string StripBotName(string text)
    {
        if (!text.StartsWith('/')) return text;
        var end = text.IndexOfAny([' ', '\n']);
        var command = end < 0 ? text : text[..end];
        var at = command.IndexOf('@');
        return at < 0 ? text : command[..at] + (end < 0 ? "" : text[end..]);
    }

    private static bool IsMediaOnly(MessageType type) => type is MessageType.Photo or MessageType.Sticker or MessageType.Audio
        or MessageType.Video or MessageType.Voice or MessageType.Document or MessageType.Animation or MessageType.VideoNote
        or MessageType.Location or MessageType.Contact or MessageType.Venue or MessageType.Poll or MessageType.Dice;

    private static bool IsChinese(User user) => user.LanguageCode?.StartsWith("zh", StringComparison.OrdinalIgnoreCase) == true;

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";

    [LoggerMessage(LogLevel.Debug, "Ignoring update {UpdateId} of type {Type}")]
    private partial void LogIgnored(int updateId, UpdateType type);

    [LoggerMessage(LogLevel.Debug, "Ignoring message {MessageId} of type {Type}")]
    private partial void LogIgnoredMessage(int messageId, MessageType type);

    [LoggerMessage(LogLevel.Error, "The conversation engine failed")]
    private partial void LogEngineFailed(Exception exception);

    [LoggerMessage(LogLevel.Warning, "Could not answer callback query {QueryId}: {Reason}")]
    private partial void LogAnswerFailed(string queryId, string reason);

    [LoggerMessage(LogLevel.Warning, "Telegram {Source}: {ExceptionType}: {Reason}")]
    private partial void LogError(HandleErrorSource source, string exceptionType, string reason, Exception? exception);
}
