using Assistant.Ai;
using Assistant.ProgramData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Assistant.Hosting;

/// <summary>Runs the host to its exit code, turning a configuration mistake into one clear line instead of a stack trace.</summary>
public static class HostRunner
{
    /// <summary>Exit code for a start-up refused because of the operator's files or settings.</summary>
    public const int ConfigurationError = 2;

    public static async Task<int> RunToExitCodeAsync(this IHost host, TextWriter? error = null)
    {
        error ??= Console.Error;
        // RunAsync disposes the host, so take the holder first.
        var exitCode = host.Services.GetService<ProcessExitCode>();
        try
        {
            // Validate settings and construct the hosted services (which loads the program and the prompts) before
            // the host starts: a failure here is the operator's to fix, and the host would bury it in a stack trace.
            if (host.Services.GetService<IAsyncStartupValidator>() is { } validator) await validator.ValidateAsync(CancellationToken.None);
            _ = host.Services.GetServices<IHostedService>().ToList();
        }
        catch (Exception ex) when (ConfigurationProblem(ex) is { } problem)
        {
            // The program loader has already logged its problem as critical; say everything else here.
            if (problem is not ProgramLoadException) error.WriteLine($"Assistant cannot start: {problem.Message}");
            return ConfigurationError;
        }

        await host.RunAsync();
        return exitCode?.Value ?? 0;
    }

    private static Exception? ConfigurationProblem(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is ProgramLoadException or OptionsValidationException or PromptFileException) return ex;
        }
        return null;
    }
}
