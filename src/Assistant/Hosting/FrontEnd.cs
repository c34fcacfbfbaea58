using Microsoft.Extensions.Hosting;

namespace Assistant.Hosting;

/// <summary>How this run talks to people.</summary>
public enum FrontEnd { OneShot, Telegram, Console }

/// <summary>Picks the front-end from the command line and configuration.</summary>
public static class FrontEnds
{
    /// <summary>A verb means one-shot; otherwise Telegram when a bot token is configured; otherwise the console chat.</summary>
    public static FrontEnd Choose(this IHostApplicationBuilder builder, Invocation invocation) =>
        invocation.Verb is not null ? FrontEnd.OneShot
        : builder.HasTelegramToken() ? FrontEnd.Telegram
        : FrontEnd.Console;
}
