using Assistant.Hosting;
using Assistant.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Assistant.ConsoleChat;

/// <summary>Registers the console front-end.</summary>
public static class ConsoleChatRegistration
{
    /// <summary>
    /// The console front-end: a chat over stdin/stdout with the same engine, pushed messages printed between
    /// replies, logs on stderr. A prompt is shown only when stdin is a terminal, so scripts can pipe questions in.
    /// </summary>
    public static IHostApplicationBuilder AddConsoleChat(this IHostApplicationBuilder builder)
    {
        builder.LogToStandardError();
        var services = builder.Services;
        services.TryAddSingleton<ProcessExitCode>();
        services.TryAddSingleton(new ConsoleOutput(Console.Out));
        services.TryAddSingleton(new ConsoleInput(Console.In, IsInteractive: !Console.IsInputRedirected));
        services.TryAddSingleton(new ConsoleChatOptions());
        services.TryAddSingleton<ConsoleChatSession>();
        services.AddSingleton<IMessageTransport, ConsoleMessageTransport>();
        services.AddHostedService<ConsoleChatService>();
        return builder;
    }
}
