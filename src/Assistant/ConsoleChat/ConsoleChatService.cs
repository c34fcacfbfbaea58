using Assistant.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.ConsoleChat;

/// <summary>Runs the console chat once the host has started and stops the host at end of input.</summary>
public sealed class ConsoleChatService(
    ConsoleChatSession session,
    ConsoleInput input,
    IHostApplicationLifetime lifetime,
    ProcessExitCode exitCode,
    ILogger<ConsoleChatService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await HostStarted(stoppingToken);
            await session.RunAsync(input.Reader, input.IsInteractive, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The console chat failed");
            exitCode.Value = 1;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    // Other hosted services (the program loader, the index) must be up before the first question.
    private Task HostStarted(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }
}

/// <summary>Where the chat reads from; <see cref="IsInteractive"/> decides whether a prompt is shown.</summary>
public sealed record ConsoleInput(TextReader Reader, bool IsInteractive);
