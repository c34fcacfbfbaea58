using System.Diagnostics;
using System.Text.Json;

namespace Assistant.Tests.ConsoleChat;

/// <summary>The built app as a process, stdin piped in: what a script running it sees on stdout, stderr and the exit code.</summary>
public sealed class ConsoleProcessTests : IDisposable
{
    private readonly string _workDir = Directory.CreateTempSubdirectory("assistant-process-").FullName;

    private async Task<(int Exit, string Stdout, string Stderr)> Run(string stdin, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _workDir,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Assistant.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment.Remove("TELEGRAM_BOT_TOKEN");
        // Nothing of the test run's environment may configure the child (a model endpoint whose slow answer logs a
        // warning, a log level, a shared database): only this test's own settings count.
        foreach (var key in start.Environment.Keys.Where(IsAppSetting).ToList()) start.Environment.Remove(key);
        // Its own database in its own directory, stated rather than left to the working directory's default.
        start.Environment["Storage__DatabasePath"] = Path.Combine(_workDir, "state", "assistant.db");

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    private static readonly string[] AppSections = ["AI", "Logging", "Program", "Storage", "Telegram", "Reminders", "Dispatcher", "Admins", "ConsoleChat"];

    private static bool IsAppSetting(string key) =>
        AppSections.Any(s => key.StartsWith(s + "__", StringComparison.OrdinalIgnoreCase) || key.StartsWith(s + ":", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task Piped_questions_get_answers_on_stdout_without_prompt_or_logs_and_exit_0()
    {
        var (exit, stdout, stderr) = await Run("who talks about the Sinkhorn algorithm?\nA1-1\n1\nwhere can I get lunch?\n");

        Assert.True(exit == 0, $"exit {exit}; stderr: {stderr}");
        Assert.StartsWith("Talks that match “who talks about the Sinkhorn algorithm?”:", stdout);
        Assert.Contains("A1-1 Deep Fast MR Imaging", stdout);
        Assert.Contains("Session A1 · Thu 20 May", stdout);   // "1" pressed "Other talks in this session"
        Assert.Contains("Nothing in the program matches “where can I get lunch?”.", stdout);
        var output = $"stdout:\n{stdout}\nstderr:\n{stderr}";
        Assert.False(stdout.Contains("> ", StringComparison.Ordinal), "a prompt on stdout; " + output);
        Assert.False(stdout.Contains("info:", StringComparison.Ordinal), "a log line on stdout; " + output);
        Assert.False(stderr.Contains("Exception", StringComparison.Ordinal), "an exception on stderr; " + output);
    }

    [Fact]
    public async Task One_shot_search_json_prints_only_json()
    {
        var (exit, stdout, _) = await Run("", "search", "where can I get lunch?", "--json");

        Assert.Equal(0, exit);
        Assert.Equal("[]", stdout.Trim());
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(stdout).RootElement.ValueKind);
    }

    [Fact]
    public async Task An_unknown_verb_exits_with_2_and_lists_the_verbs()
    {
        var (exit, _, stderr) = await Run("", "frobnicate");

        Assert.Equal(2, exit);
        Assert.Contains("  ask", stderr);
        Assert.Contains("  export-program", stderr);
    }

    public void Dispose()
    {
        try { Directory.Delete(_workDir, recursive: true); }
        catch (IOException) { }
    }
}
