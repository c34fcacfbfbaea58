namespace Assistant.Hosting;

/// <summary>The exit code the process ends with, set by whatever ran (a one-shot command, the console chat).</summary>
public sealed class ProcessExitCode
{
    public int Value { get; set; }
}
