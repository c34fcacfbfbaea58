using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Assistant.Hosting;

/// <summary>Maps the few friendly command-line and environment names onto configuration keys.</summary>
public static class HostArguments
{
    public const string StartsInKey = "Program:StartsIn";
    public const string TelegramTokenKey = "Telegram:BotToken";
    public const string TelegramTokenVariable = "TELEGRAM_BOT_TOKEN";

    private static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["--program-starts-in"] = StartsInKey,
    };

    /// <summary>"--program-starts-in 2h" → Program:StartsIn; TELEGRAM_BOT_TOKEN → Telegram:BotToken unless that is set.</summary>
    public static IHostApplicationBuilder AddHostArguments(this IHostApplicationBuilder builder, Invocation invocation)
    {
        builder.Configuration.AddCommandLine([.. invocation.HostArguments], SwitchMappings);
        var token = Environment.GetEnvironmentVariable(TelegramTokenVariable);
        if (string.IsNullOrWhiteSpace(builder.Configuration[TelegramTokenKey]) && !string.IsNullOrWhiteSpace(token))
            builder.Configuration.AddInMemoryCollection([new(TelegramTokenKey, token)]);
        return builder;
    }

    public static bool HasTelegramToken(this IHostApplicationBuilder builder) =>
        !string.IsNullOrWhiteSpace(builder.Configuration[TelegramTokenKey]);
}
