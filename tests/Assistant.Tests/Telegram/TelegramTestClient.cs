using Assistant.Telegram;
using Assistant.Tests.Telegram.FakeBotApi;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Assistant.Tests.Telegram;

/// <summary>A real Telegram.Bot client, and our sender, pointed at a <see cref="FakeBotApiServer"/>.</summary>
internal static class TelegramTestClient
{
    public static TelegramBotClient Create(FakeBotApiServer api, int autoRetryThresholdSeconds = 0) =>
        new(new TelegramBotClientOptions(api.Token, api.BaseUrl.ToString()) { RetryThreshold = autoRetryThresholdSeconds },
            new HttpClient { Timeout = TimeSpan.FromSeconds(10) });

    public static IOptions<TelegramOptions> Options(Action<TelegramOptions>? configure = null)
    {
        var options = new TelegramOptions { BotToken = FakeBotApiServer.DefaultToken, RequestTimeout = TimeSpan.FromSeconds(5) };
        configure?.Invoke(options);
        return Microsoft.Extensions.Options.Options.Create(options);
    }

    public static TelegramReplySender Sender(ITelegramBotClient bot, IOptions<TelegramOptions>? options = null) =>
        new(bot, new TelegramHtmlRenderer(), options ?? Options());
}
