using System.Text.RegularExpressions;
using Assistant.ProgramData;
using Assistant.Search;

namespace Assistant.Tests.Conversation;

internal sealed class FixedProgram(ConferenceProgram program) : IProgramProvider
{
    public ConferenceProgram Current { get; } = program;
    public event EventHandler<ProgramChangedEventArgs>? Changed { add { } remove { } }
}

/// <summary>Stands in for the Lucene search until it lands: word overlap over title and abstract, codes by pattern.</summary>
internal sealed partial class TinySearch(IProgramProvider programs) : ITalkSearch
{
    public IReadOnlyList<SearchHit> Search(string query, int limit = 5)
    {
        var words = query.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('?', '.', '!', ','))
            .Where(w => w.Length >= 5 && !StopWords.Contains(w)).ToList();
        return programs.Current.Talks
            .Select(t => (Talk: t, Score: words.Count(w => t.Title.Contains(w, StringComparison.OrdinalIgnoreCase) || t.Abstract.Contains(w, StringComparison.OrdinalIgnoreCase))))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score)
            .Take(limit)
            .Select(p => new SearchHit(p.Talk, p.Score, p.Talk.Title))
            .ToList();
    }

    private static readonly HashSet<string> StopWords = ["where", "about", "which", "their", "there", "talks"];

    public Talk? FindCode(string text) =>
        CodePattern().Match(text) is { Success: true } m ? programs.Current.FindByCode(m.Value) : null;

    [GeneratedRegex(@"\b([A-D]\d-\d|P\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CodePattern();
}
