using Assistant.ConsoleChat;
using Assistant.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Assistant.Hosting;

/// <summary>Registers one-shot mode and runs a host to its exit code.</summary>
public static class OneShotRegistration
{
    /// <summary>One-shot mode: run <see cref="Invocation.Verb"/> (ask, search, or any feature's ICliCommand) and exit.</summary>
    public static IHostApplicationBuilder AddOneShot(this IHostApplicationBuilder builder, Invocation invocation)
    {
        builder.LogToStandardError();
        var services = builder.Services;
        services.AddSingleton(invocation);
        services.TryAddSingleton<ProcessExitCode>();
        services.TryAddSingleton(new CliStreams(Console.Out, Console.Error));
        services.TryAddSingleton(new ConsoleChatOptions());
        // Features that push messages need a transport even here; a push during a one-shot run goes to stderr,
        // because stdout belongs to the command (search --json must stay parseable).
        services.TryAddSingleton(new ConsoleOutput(Console.Error));
        services.TryAddSingleton<IMessageTransport, ConsoleMessageTransport>();
        services.AddSingleton<ICliCommand, AskCliCommand>();
        services.AddSingleton<ICliCommand, SearchCliCommand>();
        services.AddHostedService<OneShotRunner>();
        return builder;
    }
}
