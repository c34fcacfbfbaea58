using Assistant.ProgramData;
using Assistant.Search;

namespace Assistant.Bookmarks;

/// <summary>Turns what the user typed into a talk: the search feature's lenient recogniser when present, else an exact code.</summary>
internal sealed class TalkCodeResolver(ITalkSearch? search = null)
{
    public Talk? Resolve(ConferenceProgram program, string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return null;
        var found = search?.FindCode(trimmed);
        // The search index may lag a reload by a moment; only accept talks that are in this program.
        if (found is not null && program.FindById(found.Id) is { } current) return current;
        var code = Normalise(trimmed);
        return program.FindByCode(code) ?? program.FindById(code);
    }

    /// <summary>"a4 1" and "a4–1" become "A4-1".</summary>
    public static string Normalise(string text) =>
        string.Join('-', text.Trim().ToUpperInvariant().Split([' ', '-', '–', '—', '_'], StringSplitOptions.RemoveEmptyEntries));
}
