using Assistant.ProgramData;

namespace Assistant.Bookmarks;

/// <summary>A user's bookmarks against the current program: talks in time order with their clashes, and ids the program no longer has.</summary>
public sealed record Agenda(ConferenceProgram Program, IReadOnlyList<AgendaItem> Items, IReadOnlyList<string> MissingTalkIds)
{
    public bool IsEmpty => Items.Count == 0 && MissingTalkIds.Count == 0;

    public static Agenda Build(ConferenceProgram program, IEnumerable<string> talkIds)
    {
        var talks = new List<Talk>();
        var missing = new List<string>();
        foreach (var id in talkIds.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (program.FindById(id) is { } talk) talks.Add(talk);
            else missing.Add(id);
        }
        talks.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Code, b.Code));
        var items = talks
            .Select(t => new AgendaItem(t, talks.Where(o => o.Id != t.Id && TalkFormat.Overlap(t, o)).ToList()))
            .ToList();
        return new Agenda(program, items, missing.Order(StringComparer.Ordinal).ToList());
    }
}

/// <summary>One bookmarked talk and the other bookmarked talks that overlap it.</summary>
public sealed record AgendaItem(Talk Talk, IReadOnlyList<Talk> Clashes);
