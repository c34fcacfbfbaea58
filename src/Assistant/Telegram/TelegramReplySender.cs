using Assistant.Conversation;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Assistant.Telegram;

/// <summary>Sends a rendered <see cref="Reply"/> to one chat: its text parts in order, then its file. Errors are the library's.</summary>
internal sealed class TelegramReplySender(ITelegramBotClient bot, TelegramHtmlRenderer renderer, IOptions<TelegramOptions> options)
{
    // Abstracts quote URLs; a preview card under every talk would bury the text.
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public async Task SendAsync(long chatId, Reply reply, CancellationToken cancellationToken)
    {
        foreach (var message in renderer.Render(reply))
        {
            using var timeout = RequestTimeout(cancellationToken);
            await bot.SendMessage(chatId, message.Html, ParseMode.Html, replyMarkup: message.Keyboard,
                linkPreviewOptions: NoPreview, cancellationToken: timeout.Token);
        }

        if (reply.Attachment is { } file)
        {
            using var timeout = RequestTimeout(cancellationToken);
            using var content = new MemoryStream(file.Content, writable: false);
            await bot.SendDocument(chatId, InputFile.FromStream(content, file.FileName), cancellationToken: timeout.Token);
        }
    }

    /// <summary>One request may take <see cref="TelegramOptions.RequestTimeout"/>; the HttpClient's own time-out is longer, for long polls.</summary>
    private CancellationTokenSource RequestTimeout(CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(options.Value.RequestTimeout);
        return source;
    }
}
