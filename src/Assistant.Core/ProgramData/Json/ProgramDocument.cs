namespace Assistant.ProgramData.Json;

// The whole-program JSON form (documented in data/README.md). Instants carry their offset: "2027-05-20T10:00:00+08:00".

/// <summary>A whole conference program in one file: the alternative to abstract book + timetable.</summary>
public sealed class ProgramDocument
{
    public string? Name { get; set; }
    public string? TimeZone { get; set; }
    public List<ProgramDayDocument>? Days { get; set; }
    public List<ProgramSessionDocument>? Sessions { get; set; }
    public List<ProgramTalkDocument>? Talks { get; set; }
}

public sealed class ProgramDayDocument
{
    public int Day { get; set; }
    public DateOnly Date { get; set; }
}

public sealed class ProgramSessionDocument
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Room { get; set; }
}

public sealed class ProgramTalkDocument
{
    public string? Id { get; set; }
    public string? Code { get; set; }
    public string? Title { get; set; }
    public string? Abstract { get; set; }
    public string? SpeakerLine { get; set; }
    public List<ProgramSpeakerDocument>? Speakers { get; set; }
    public string? Session { get; set; }
    public int? Day { get; set; }
    public string? Room { get; set; }
    public DateTimeOffset? Start { get; set; }
    public DateTimeOffset? End { get; set; }
    public bool? Plenary { get; set; }
    public bool? TitleIsNoise { get; set; }
    public bool? AbstractIsNoise { get; set; }
}

public sealed class ProgramSpeakerDocument
{
    public string? Name { get; set; }
    public string? Affiliation { get; set; }
}
