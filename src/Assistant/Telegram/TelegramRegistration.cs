using Assistant.Hosting;
using Assistant.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Assistant.Telegram;

/// <summary>Registers the Telegram front-end: options, Bot API client, long polling, update handler, renderer and transport.</summary>
public static class TelegramRegistration
{
    /// <summary>The named HttpClient the Bot API client uses.</summary>
    public const string HttpClientName = "Telegram";

    /// <summary>True when a bot token is configured (Telegram:BotToken or TELEGRAM_BOT_TOKEN); Program.cs uses it to pick the front-end.</summary>
    public static bool HasBotToken(IConfiguration configuration) => !string.IsNullOrWhiteSpace(BotToken(configuration));

    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddOptions<TelegramOptions>()
            .BindConfiguration(TelegramOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                if (string.IsNullOrWhiteSpace(options.BotToken)) options.BotToken = configuration[TelegramOptions.TokenEnvironmentVariable];
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProcessExitCode>();  // set when polling gives up (a rejected token)

        // Telegram.Bot puts the token in every request URL, and the HttpClient factory logs URLs at Information.
        // This client logs nothing, and the category is held at Warning for any other client that might.
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        services.AddHttpClient(HttpClientName)
            .RemoveAllLoggers()
            .ConfigureHttpClient((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
                // A long poll legitimately lasts PollingTimeoutSeconds; ordinary requests are cut sooner by TelegramReplySender.
                http.Timeout = TimeSpan.FromSeconds(options.PollingTimeoutSeconds) + options.RequestTimeout;
            })
            .AddTypedClient<ITelegramBotClient>((http, sp) =>
            {
                var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
                var clientOptions = new TelegramBotClientOptions(options.BotToken!, string.IsNullOrWhiteSpace(options.ApiBaseUrl) ? null : options.ApiBaseUrl)
                {
                    RetryThreshold = options.AutoRetryThresholdSeconds,
                };
                return new TelegramBotClient(clientOptions, http);
            });

        services.TryAddSingleton<TelegramHtmlRenderer>(_ => new TelegramHtmlRenderer());
        services.TryAddSingleton<TelegramReplySender>();
        services.TryAddScoped<TelegramUpdateHandler>();
        services.TryAddSingleton<IMessageTransport, TelegramMessageTransport>();
        services.AddHostedService<TelegramPollingService>();
        return builder;
    }

    private static string? BotToken(IConfiguration configuration)
    {
        var token = configuration[$"{TelegramOptions.SectionName}:{nameof(TelegramOptions.BotToken)}"];
        return string.IsNullOrWhiteSpace(token) ? configuration[TelegramOptions.TokenEnvironmentVariable] : token;
    }
}
