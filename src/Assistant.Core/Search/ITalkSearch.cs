using Assistant.ProgramData;

namespace Assistant.Search;

/// <summary>Retrieval over the current program.</summary>
public interface ITalkSearch
{
    /// <summary>
    /// Ranked talks for a free-text query, best first. Returns an empty list (not weak matches)
    /// when nothing in the program answers the query.
    /// </summary>
    IReadOnlyList<SearchHit> Search(string query, int limit = 5);

    /// <summary>Recognises a talk code however it is typed ("a4-1", "A4 1", "talk B5-3"); null when the text names none.</summary>
    Talk? FindCode(string text);
}

/// <summary>One ranked result; <see cref="Snippet"/> is plain text showing why it matched.</summary>
public sealed record SearchHit(Talk Talk, float Score, string Snippet);
