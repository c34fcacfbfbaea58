using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Assistant.Telegram;

/// <summary>Shows "typing..." while a slow answer is being prepared: first after a short delay (quick answers need none), then renewed.</summary>
internal sealed class TypingIndicator : IAsyncDisposable
{
    private readonly CancellationTokenSource stop;
    private readonly Task loop;

    private TypingIndicator(ITelegramBotClient bot, long chatId, TelegramOptions options, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        loop = RunAsync(bot, chatId, options, time, logger, stop.Token);
    }

    public static TypingIndicator Start(ITelegramBotClient bot, long chatId, TelegramOptions options, TimeProvider time, ILogger logger, CancellationToken cancellationToken) =>
        new(bot, chatId, options, time, logger, cancellationToken);

    private static async Task RunAsync(ITelegramBotClient bot, long chatId, TelegramOptions options, TimeProvider time, ILogger logger, CancellationToken token)
    {
        try
        {
            await Task.Delay(options.TypingDelay, time, token);
            while (!token.IsCancellationRequested)
            {
                try
                {
                    await bot.SendChatAction(chatId, ChatAction.Typing, cancellationToken: token);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Cosmetic: a failed chat action must never disturb the answer itself.
                    logger.LogDebug(ex, "Could not show typing in chat {ChatId}", chatId);
                }
                await Task.Delay(options.TypingInterval, time, token);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await loop;
        stop.Dispose();
    }
}
