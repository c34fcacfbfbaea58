namespace Assistant.ProgramData;

/// <summary>What changed between two programs, matched by the stable <see cref="Talk.Id"/>.</summary>
public sealed record ProgramDiff(IReadOnlyList<Talk> Added, IReadOnlyList<Talk> Removed, IReadOnlyList<TalkMove> Moved)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Moved.Count == 0;

    /// <summary>Added and removed talks by id; a talk is moved when its start, end or room changed.</summary>
    public static ProgramDiff Compare(ConferenceProgram previous, ConferenceProgram current)
    {
        var before = previous.Talks.ToDictionary(t => t.Id, StringComparer.OrdinalIgnoreCase);
        var after = current.Talks.ToDictionary(t => t.Id, StringComparer.OrdinalIgnoreCase);
        return new ProgramDiff(
            current.Talks.Where(t => !before.ContainsKey(t.Id)).ToList(),
            previous.Talks.Where(t => !after.ContainsKey(t.Id)).ToList(),
            current.Talks
                .Where(t => before.TryGetValue(t.Id, out var old) &&
                            (old.Start != t.Start || old.End != t.End || !string.Equals(old.Room, t.Room, StringComparison.Ordinal)))
                .Select(t => new TalkMove(before[t.Id], t))
                .ToList());
    }
}

/// <summary>A talk whose time or room changed; <see cref="Before"/> and <see cref="After"/> share the id.</summary>
public sealed record TalkMove(Talk Before, Talk After)
{
    public bool TimeChanged => Before.Start != After.Start || Before.End != After.End;
    public bool RoomChanged => !string.Equals(Before.Room, After.Room, StringComparison.Ordinal);
}
