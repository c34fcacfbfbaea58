using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
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
        AddUserSecretsInEveryEnvironment(builder.Configuration);
        builder.Configuration.AddCommandLine([.. invocation.HostArguments], SwitchMappings);
        var token = Environment.GetEnvironmentVariable(TelegramTokenVariable);
        if (string.IsNullOrWhiteSpace(builder.Configuration[TelegramTokenKey]) && !string.IsNullOrWhiteSpace(token))
            builder.Configuration.AddInMemoryCollection([new(TelegramTokenKey, token)]);
        return builder;
    }

    /// <summary>
    /// The host reads user secrets only in Development, but an operator's bot token and API key belong there (never in a
    /// file of the repo) whatever the environment. They go just before the environment variables, so the environment
    /// and the command line still override them.
    /// </summary>
    private static void AddUserSecretsInEveryEnvironment(IConfigurationManager configuration)
    {
        var sources = configuration.Sources;
        if (sources.Any(s => s is JsonConfigurationSource { Path: "secrets.json" })) return; // Development added them

        var secrets = new ConfigurationBuilder().AddUserSecrets(typeof(HostArguments).Assembly, optional: true).Sources;
        var at = sources.ToList().FindIndex(s => s is EnvironmentVariablesConfigurationSource);
        foreach (var source in secrets.Reverse())
            sources.Insert(at < 0 ? sources.Count : at, source);
    }

    public static bool HasTelegramToken(this IHostApplicationBuilder builder) =>
        !string.IsNullOrWhiteSpace(builder.Configuration[TelegramTokenKey]);
}
