namespace Assistant.Hosting;

/// <summary>
/// A one-shot command run instead of a chat: <c>dotnet run --project src/Assistant -- &lt;verb&gt; [args]</c>.
/// Features register theirs with <c>services.AddSingleton&lt;ICliCommand, ...&gt;()</c>; the host picks by <see cref="Verb"/>.
/// </summary>
public interface ICliCommand
{
    string Verb { get; }

    /// <summary>One line for the usage text.</summary>
    string Usage { get; }

    /// <summary>Returns the process exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken);
}
