namespace Assistant.ProgramData;

/// <summary>A whole, validated conference program: the single source of truth every feature reads.</summary>
public sealed record ConferenceProgram(
    string Name,
    TimeZoneInfo TimeZone,
    IReadOnlyList<ConferenceDay> Days,
    IReadOnlyList<Session> Sessions,
    IReadOnlyList<Talk> Talks)
{
    private readonly Dictionary<string, Talk> _byId = Talks.ToDictionary(t => t.Id, StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Talk> _byCode = Talks.ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Rooms in first-use order.</summary>
    public IReadOnlyList<string> Rooms { get; } = Talks.OrderBy(t => t.Start).Select(t => t.Room).Distinct().ToList();

    public Talk? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Exact (case-insensitive) lookup by the printed code, e.g. "A4-1" or "P1".</summary>
    public Talk? FindByCode(string code) => _byCode.GetValueOrDefault(code);

    public Session? FindSession(string code) =>
        Sessions.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<Talk> TalksInSession(string sessionCode) =>
        Talks.Where(t => string.Equals(t.SessionCode, sessionCode, StringComparison.OrdinalIgnoreCase)).OrderBy(t => t.Start);

    public ConferenceDay? FindDay(int number) => Days.FirstOrDefault(d => d.Number == number);

    /// <summary>Converts a UTC instant to the conference's wall-clock time.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);
}

/// <summary>One day of the conference; <see cref="Number"/> starts at 1.</summary>
public sealed record ConferenceDay(int Number, DateOnly Date);

/// <summary>A block of talks in one room, named by the letter-digit prefix of their codes (A4 holds A4-1..A4-4).</summary>
public sealed record Session(string Code, string Title, int Day, string Room, DateTimeOffset Start, DateTimeOffset End);

/// <summary>A speaker as far as the source makes them legible; <see cref="Affiliation"/> may be null.</summary>
public sealed record Speaker(string Name, string? Affiliation);

/// <summary>
/// A talk. <see cref="Id"/> is stable across reloads and is what bookmarks and reminders key on;
/// <see cref="Code"/> is what attendees see and type. Instants are UTC.
/// </summary>
public sealed record Talk(
    string Id,
    string Code,
    string Title,
    string Abstract,
    string SpeakerLine,
    IReadOnlyList<Speaker> Speakers,
    string SessionCode,
    int Day,
    string Room,
    DateTimeOffset Start,
    DateTimeOffset End)
{
    /// <summary>True when the title is OCR noise rather than readable text; the talk is kept and stays findable by code.</summary>
    public bool TitleIsNoise { get; init; }

    /// <summary>True when there is no readable abstract (missing, or OCR noise).</summary>
    public bool AbstractIsNoise { get; init; }

    public bool IsPlenary { get; init; }

    public TimeSpan Duration => End - Start;
}
