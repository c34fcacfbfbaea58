using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.Hosting;

/// <summary>Runs the verb given on the command line once the host is up, records its exit code and stops the host.</summary>
public sealed class OneShotRunner(
    Invocation invocation,
    IEnumerable<ICliCommand> commands,
    IHostApplicationLifetime lifetime,
    ProcessExitCode exitCode,
    CliStreams streams,
    ILogger<OneShotRunner> logger) : BackgroundService
{
    public const int UsageExitCode = 2;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lifetime.ApplicationStarted.Register(() => started.TrySetResult());
            await started.Task.WaitAsync(stoppingToken);
            exitCode.Value = await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            exitCode.Value = 130;
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The command {Verb} failed", invocation.Verb);
            await streams.Error.WriteLineAsync($"{invocation.Verb} failed: {ex.Message}");
            exitCode.Value = 1;
        }
        finally
        {
            await streams.Output.FlushAsync(CancellationToken.None);
            lifetime.StopApplication();
        }
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var verb = invocation.Verb ?? "help";
        if (verb is "help" or "--help" or "-h")
        {
            await streams.Output.WriteLineAsync(UsageText());
            return 0;
        }
        var command = commands.FirstOrDefault(c => string.Equals(c.Verb, verb, StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            await streams.Error.WriteLineAsync($"Unknown command '{verb}'.{Environment.NewLine}{UsageText()}");
            return UsageExitCode;
        }
        return await command.RunAsync(invocation.VerbArguments, streams.Output, cancellationToken);
    }

    public string UsageText()
    {
        var lines = new List<string>
        {
            "Usage: dotnet run --project src/Assistant -- [--program-starts-in <offset>] [<command> [arguments]]",
            "",
            "With no command: an interactive chat on the console (or the Telegram bot when Telegram:BotToken is set).",
            "Commands:",
        };
        var rows = new List<(string Syntax, string Description)> { ("help", "this text") };
        rows.AddRange(commands.OrderBy(c => c.Verb, StringComparer.Ordinal).Select(c => SplitUsage(c.Usage)));
        var width = rows.Max(r => r.Syntax.Length);
        lines.AddRange(rows.Select(r => r.Description.Length == 0 ? $"  {r.Syntax}" : $"  {r.Syntax.PadRight(width)}  {r.Description}"));
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>
    /// A command's usage is "syntax  description" with any number (2+) of spaces between; split at the first such
    /// run so the descriptions line up whatever spacing each command chose. No run: all syntax.
    /// </summary>
    internal static (string Syntax, string Description) SplitUsage(string usage)
    {
        var gap = usage.IndexOf("  ", StringComparison.Ordinal);
        if (gap < 0) return (usage.Trim(), "");
        return (usage[..gap].Trim(), usage[gap..].Trim());
    }
}

/// <summary>Where one-shot commands write: stdout for results, stderr for complaints.</summary>
public sealed record CliStreams(TextWriter Output, TextWriter Error);
