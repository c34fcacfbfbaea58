namespace Assistant.ProgramData;

/// <summary>Builds a <see cref="ConferenceProgram"/> from validated talks, deriving the sessions from them.</summary>
public static class ProgramFactory
{
    /// <param name="sessionTitles">Title per session code; missing ones become "Session A4".</param>
    /// <param name="sessionRooms">Room per session code; missing ones take the room of the session's first talk.</param>
    public static ConferenceProgram Create(
        string name,
        TimeZoneInfo zone,
        IReadOnlyList<ConferenceDay> days,
        IEnumerable<Talk> talks,
        IReadOnlyDictionary<string, string>? sessionTitles = null,
        IReadOnlyDictionary<string, string>? sessionRooms = null)
    {
        var ordered = talks.OrderBy(t => t.Start).ThenBy(t => t.Room, StringComparer.Ordinal).ThenBy(t => t.Code, StringComparer.Ordinal).ToList();
        var sessions = ordered
            .GroupBy(t => t.SessionCode, StringComparer.OrdinalIgnoreCase)
            .Select(g => new Session(
                g.Key,
                sessionTitles?.GetValueOrDefault(g.Key) ?? $"Session {g.Key}",
                g.First().Day,
                sessionRooms?.GetValueOrDefault(g.Key) ?? g.First().Room,
                g.Min(t => t.Start),
                g.Max(t => t.End)))
            .OrderBy(s => s.Start).ThenBy(s => s.Code, StringComparer.Ordinal)
            .ToList();
        return new ConferenceProgram(name, zone, days.OrderBy(d => d.Number).ToList(), sessions, ordered);
    }
}
