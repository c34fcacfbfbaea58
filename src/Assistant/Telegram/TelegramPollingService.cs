using System.Text.RegularExpressions;
using Assistant.Conversation;
using Assistant.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Assistant.Telegram;

/// <summary>
/// Long-polls getUpdates and hands each update to <see cref="TelegramUpdateHandler"/>.
/// Our own loop rather than <c>ReceiveAsync</c>: that one retries a failed poll at once and never reports a
/// successful empty poll, so it can neither wait on a <see cref="TimeProvider"/> nor reset the back-off on success.
/// </summary>
internal sealed partial class TelegramPollingService(
    ITelegramBotClient bot,
    IServiceScopeFactory scopes,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ProcessExitCode exitCode,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    /// <summary>Only what the handler routes; Telegram then does not even send the rest.</summary>
    private static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        await PrepareAsync(settings, stoppingToken);

        var backoff = new PollingBackoff(settings.InitialBackoff, settings.MaxBackoff);
        var dispatcher = new ChatOrderedDispatcher(settings.MaxConcurrentUpdates);
        int? offset = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await bot.GetUpdates(offset, limit: 100, timeout: settings.PollingTimeoutSeconds, AllowedUpdates, stoppingToken);
                if (backoff.Failures > 0) LogRecovered(backoff.Failures);
                backoff.Reset();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 401)
            {
                // A wrong or revoked token never starts working: stop with one clear line instead of retrying forever.
                LogTokenRejected(ex.Message);
                exitCode.Value = HostRunner.ConfigurationError;
                lifetime.StopApplication();
                break;
            }
            catch (Exception ex)
            {
                var retryAfter = ex is ApiRequestException { Parameters.RetryAfter: { } seconds } ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
                var delay = backoff.Next(retryAfter);
                LogPollingFailed(backoff.Failures, ex.GetType().Name, ex.Message, delay);
                try { await Task.Delay(delay, time, stoppingToken); }
                catch (OperationCanceledException) { break; }
                continue;
            }

            foreach (var update in updates)
            {
                // Telegram confirms every update below the offset of the next getUpdates.
                offset = update.Id + 1;
                dispatcher.Dispatch(ChatOf(update), () => HandleSafelyAsync(update, stoppingToken));
            }
        }

        await dispatcher.DrainAsync();
        await ConfirmAsync(offset);
    }

    /// <summary>Polling fails while a webhook is set, so it is removed; the menu is advertised. Neither failure is fatal.</summary>
    private async Task PrepareAsync(TelegramOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            await bot.DeleteWebhook(dropPendingUpdates: settings.DropPendingUpdates, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPrepareFailed("deleteWebhook", ex.Message);
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var commands = new List<BotCommand>();
            foreach (var command in scope.ServiceProvider.GetRequiredService<IConversation>().MenuCommands.Where(c => c.ShowInMenu))
            {
                // One invalid entry makes Telegram refuse the whole menu, so it is left out instead.
                if (MenuName().IsMatch(command.Name) && command.Description.Length is > 0 and <= 256)
                    commands.Add(new BotCommand { Command = command.Name, Description = command.Description });
                else
                    LogCommandSkipped(command.Name);
            }
            await bot.SetMyCommands(commands, cancellationToken: cancellationToken);
            LogMenuSet(commands.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPrepareFailed("setMyCommands", ex.Message);
        }
    }

    /// <summary>One DI scope per update, so the engine and its collaborators may be scoped services.</summary>
    private async Task HandleSafelyAsync(Update update, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<TelegramUpdateHandler>();
        try
        {
            await handler.HandleUpdateAsync(bot, update, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: an update cut short here is confirmed anyway (see ConfirmAsync); redelivering could answer twice.
        }
        catch (Exception ex)
        {
            await handler.HandleErrorAsync(bot, ex, HandleErrorSource.HandleUpdateError, cancellationToken);
        }
    }

    /// <summary>
    /// Without a last getUpdates Telegram would redeliver the final batch after a restart and users would get
    /// their answers twice. Best effort, with a short time-out, because the host is stopping.
    /// </summary>
    private async Task ConfirmAsync(int? offset)
    {
        if (offset is null) return;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await bot.GetUpdates(offset, limit: 1, timeout: 0, AllowedUpdates, timeout.Token);
        }
        catch (Exception ex)
        {
            LogPrepareFailed("getUpdates (confirm on stop)", ex.Message);
        }
    }

    private static long ChatOf(Update update) => update switch
    {
        { Message.Chat.Id: var chat } => chat,
        { CallbackQuery: { } query } => query.Message?.Chat.Id ?? query.From.Id,
        _ => -update.Id, // unrelated updates need no order; a key of their own
    };

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex MenuName();

    [LoggerMessage(LogLevel.Warning, "Command '{Name}' left out of Telegram's menu: Telegram needs 1-32 of a-z, 0-9, _ and a description of 1-256 characters")]
    private partial void LogCommandSkipped(string name);

    // Type and message only: a request URL holds the token.
    [LoggerMessage(LogLevel.Warning, "Polling failed {Failures} time(s) in a row ({ExceptionType}: {Reason}); next attempt in {Delay}")]
    private partial void LogPollingFailed(int failures, string exceptionType, string reason, TimeSpan delay);

    [LoggerMessage(LogLevel.Critical, "Telegram rejected the bot token ({Reason}): check Telegram:BotToken (or TELEGRAM_BOT_TOKEN); stopping")]
    private partial void LogTokenRejected(string reason);

    [LoggerMessage(LogLevel.Information, "Telegram command menu set ({Count} commands)")]
    private partial void LogMenuSet(int count);

    [LoggerMessage(LogLevel.Warning, "Telegram {Method} failed; continuing: {Reason}")]
    private partial void LogPrepareFailed(string method, string reason);

    [LoggerMessage(LogLevel.Information, "Polling recovered after {Failures} failure(s)")]
    private partial void LogRecovered(int failures);
}
