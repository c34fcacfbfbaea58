using System.Text.Json;
using Assistant.Hosting;

namespace Assistant.Search.Evaluation;

/// <summary><c>eval-search [path]</c>: runs the evaluation set through the registered search and prints its figures and failures.</summary>
internal sealed class EvalSearchCommand(ITalkSearch search) : ICliCommand
{
    public string Verb => "eval-search";

    public string Usage => $"eval-search [path]   score search on an evaluation set (default {SearchEvalSet.DefaultRelativePath})";

    public Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var path = arguments.Count > 0 ? arguments[0] : SearchEvalSet.FindDefault();
        if (path is null || !File.Exists(path))
        {
            output.WriteLine($"eval-search: evaluation set not found: {path ?? SearchEvalSet.DefaultRelativePath}");
            return Task.FromResult(2);
        }

        IReadOnlyList<EvalQuestion> questions;
        try
        {
            questions = SearchEvalSet.Load(path);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or IOException)
        {
            output.WriteLine($"eval-search: cannot read {path}: {ex.Message}");
            return Task.FromResult(2);
        }
        output.WriteLine($"evaluation set: {path}");
        SearchEvaluation.Run(search, questions).WriteTo(output);
        return Task.FromResult(0);
    }
}
