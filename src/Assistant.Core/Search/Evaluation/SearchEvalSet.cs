using System.Text.Json;
using System.Text.Json.Serialization;
using Assistant.Hosting;

namespace Assistant.Search.Evaluation;

/// <summary>
/// Reads an evaluation set: <c>{ "comment": "...", "questions": [ { "q": "...", "expect": ["A4-1"], "kind": "topic" } ] }</c>;
/// an empty <c>expect</c> marks a question the program cannot answer.
/// </summary>
public static class SearchEvalSet
{
    /// <summary>Where the checked-in set lives, relative to the repository root.</summary>
    public const string DefaultRelativePath = "tests/Assistant.Tests/Search/search-eval.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyList<EvalQuestion> Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream, path);
    }

    public static IReadOnlyList<EvalQuestion> Parse(Stream json, string source = "evaluation set")
    {
        var file = JsonSerializer.Deserialize<EvalFile>(json, Options)
            ?? throw new InvalidDataException($"{source}: empty document");
        var questions = new List<EvalQuestion>();
        foreach (var (entry, i) in (file.Questions ?? []).Select((e, i) => (e, i)))
        {
            if (string.IsNullOrWhiteSpace(entry.Q))
                throw new InvalidDataException($"{source}: question #{i + 1} has no \"q\"");
            questions.Add(new EvalQuestion(entry.Q, entry.Expect ?? [], entry.Kind ?? ""));
        }
        return questions;
    }

    /// <summary>The default set, found from the current directory or the application's (see <see cref="RepositoryFile"/>).</summary>
    public static string? FindDefault(string? start = null) => RepositoryFile.Find(DefaultRelativePath, start);

    private sealed record EvalFile(
        [property: JsonPropertyName("comment")] string? Comment,
        [property: JsonPropertyName("questions")] List<EvalEntry>? Questions);

    private sealed record EvalEntry(
        [property: JsonPropertyName("q")] string? Q,
        [property: JsonPropertyName("expect")] List<string>? Expect,
        [property: JsonPropertyName("kind")] string? Kind);
}
