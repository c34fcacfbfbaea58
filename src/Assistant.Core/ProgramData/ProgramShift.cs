namespace Assistant.ProgramData;

/// <summary>Moves a whole timetable in time, keeping every relative time (used by <see cref="ProgramOptions.StartsIn"/>).</summary>
public static class ProgramShift
{
    /// <summary>The shift that makes the first talk start at <paramref name="firstStart"/>.</summary>
    public static TimeSpan ToStartAt(ConferenceProgram program, DateTimeOffset firstStart) =>
        program.Talks.Count == 0 ? TimeSpan.Zero : firstStart - program.Talks.Min(t => t.Start);

    public static ConferenceProgram Shift(ConferenceProgram program, TimeSpan delta)
    {
        if (delta == TimeSpan.Zero)
            return program;

        var zone = program.TimeZone;
        DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

        // A day keeps its number; its date is where its first talk lands (days without talks move by whole days).
        var days = program.Days.Select(d =>
        {
            var first = program.Talks.Where(t => t.Day == d.Number).Select(t => (DateTimeOffset?)t.Start).Min();
            var date = first is { } start ? LocalDate(start + delta) : d.Date.AddDays((int)Math.Round(delta.TotalDays));
            return d with { Date = date };
        }).ToList();

        var talks = program.Talks.Select(t => t with { Start = t.Start + delta, End = t.End + delta }).ToList();
        var sessions = program.Sessions.Select(s => s with { Start = s.Start + delta, End = s.End + delta }).ToList();
        return new ConferenceProgram(program.Name, zone, days, sessions, talks);
    }
}
