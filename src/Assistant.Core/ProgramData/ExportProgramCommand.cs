using Assistant.Hosting;
using Assistant.ProgramData.Json;

namespace Assistant.ProgramData;

/// <summary><c>export-program [path]</c>: writes the program in force as whole-program JSON (to stdout without a path).</summary>
public sealed class ExportProgramCommand(IProgramProvider provider) : ICliCommand
{
    public string Verb => "export-program";

    public string Usage => "export-program [path]   write the current program as JSON (see data/README.md); stdout when no path";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var program = provider.Current;
        var json = ProgramJsonWriter.Write(program);
        if (arguments.Count == 0)
        {
            await output.WriteAsync(json);
            return 0;
        }

        var path = Path.GetFullPath(arguments[0]);
        try
        {
            await File.WriteAllTextAsync(path, json, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"export-program: cannot write {path}: {e.Message}");
            return 1;
        }

        await output.WriteLineAsync($"Wrote {program.Talks.Count} talks of {program.Name} to {path}");
        return 0;
    }
}
