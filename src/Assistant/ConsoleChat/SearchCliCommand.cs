using System.Globalization;
using System.Text.Json;
using Assistant.Hosting;
using Assistant.Search;

namespace Assistant.ConsoleChat;

/// <summary><c>search "&lt;words&gt;" [--json] [--limit n]</c>: the ranked talks, for people or (with --json) scripts.</summary>
public sealed class SearchCliCommand(ITalkSearch search) : ICliCommand
{
    public const int DefaultLimit = 10;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string Verb => "search";
    public string Usage => "search \"<words>\" [--json] [--limit n]  ranked talks; --json prints [{code, title, score}]";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var json = false;
        var limit = DefaultLimit;
        var words = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--limit" when i + 1 < arguments.Count && int.TryParse(arguments[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0:
                    limit = n;
                    i++;
                    break;
                default:
                    words.Add(arguments[i]);
                    break;
            }
        }
        var query = string.Join(' ', words).Trim();
        if (query.Length == 0)
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return OneShotRunner.UsageExitCode;
        }

        var hits = search.Search(query, limit);
        if (json)
        {
            var rows = hits.Select(h => new SearchRow(h.Talk.Code, h.Talk.Title, h.Score));
            await output.WriteLineAsync(JsonSerializer.Serialize(rows, Json));
        }
        else if (hits.Count == 0)
        {
            await output.WriteLineAsync($"Nothing in the program matches \"{query}\".");
        }
        else
        {
            foreach (var hit in hits)
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{hit.Talk.Code,-6} {hit.Score,7:0.000}  {hit.Talk.Title}"));
        }
        return 0;
    }

    private sealed record SearchRow(string Code, string Title, float Score);
}
