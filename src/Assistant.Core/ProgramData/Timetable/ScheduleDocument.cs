namespace Assistant.ProgramData.Timetable;

// The shape of data/schedule.json (documented in data/README.md). Times are local wall-clock "HH:mm" in TimeZone.

/// <summary>The timetable file: when and where each session of the abstract book takes place.</summary>
public sealed class ScheduleDocument
{
    public string? Conference { get; set; }
    public string? TimeZone { get; set; }

    /// <summary>Default talk length in minutes for sessions that do not set their own.</summary>
    public int? TalkMinutes { get; set; }

    public List<ScheduleDay>? Days { get; set; }
    public List<SchedulePlenary>? Plenaries { get; set; }
    public List<ScheduleSession>? Sessions { get; set; }
}

public sealed class ScheduleDay
{
    public int Day { get; set; }
    public string? Date { get; set; }
}

public sealed class SchedulePlenary
{
    public string? Code { get; set; }
    public int Day { get; set; }
    public string? Start { get; set; }
    public int Minutes { get; set; }
    public string? Room { get; set; }
}

public sealed class ScheduleSession
{
    public string? Code { get; set; }
    public string? Title { get; set; }
    public int Day { get; set; }
    public string? Start { get; set; }
    public string? Room { get; set; }
    public int? TalkMinutes { get; set; }
    public List<TalkOverride>? Overrides { get; set; }
}

/// <summary>Moves, lengthens or relocates one talk; the talks after it in its session follow on from its end.</summary>
public sealed class TalkOverride
{
    public string? Talk { get; set; }
    public string? Start { get; set; }
    public int? Minutes { get; set; }
    public string? Room { get; set; }
}
