namespace Assistant.ProgramData;

/// <summary>
/// The rules every program must satisfy, whatever its source: unique ids and codes, every talk has a start, an end
/// after it, a room and a known day, and two talks in one room never overlap.
/// </summary>
public static class ProgramValidator
{
    /// <param name="locate">Where a talk is defined, so each issue names the file and line to fix.</param>
    public static IReadOnlyList<ProgramIssue> Validate(
        IReadOnlyList<Talk> talks,
        IReadOnlyList<ConferenceDay> days,
        TimeZoneInfo zone,
        Func<Talk, (string File, int Line)> locate)
    {
        var issues = new List<ProgramIssue>();
        void Add(Talk talk, string problem)
        {
            var (file, line) = locate(talk);
            issues.Add(new ProgramIssue(file, line, problem));
        }

        if (talks.Count == 0)
            issues.Add(new ProgramIssue("program", 0, "the program has no talks"));

        foreach (var group in talks.GroupBy(t => t.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            foreach (var duplicate in group.Skip(1))
                Add(duplicate, $"talk id '{duplicate.Id}' is used twice (first at line {locate(group.First()).Line})");
        foreach (var group in talks.GroupBy(t => t.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            foreach (var duplicate in group.Skip(1))
                Add(duplicate, $"talk code '{duplicate.Code}' is used twice (first at line {locate(group.First()).Line})");

        var dayDates = days.GroupBy(d => d.Number).ToDictionary(g => g.Key, g => g.First().Date);
        foreach (var talk in talks)
        {
            if (string.IsNullOrWhiteSpace(talk.Code))
                Add(talk, $"talk '{talk.Id}' has no code");
            if (string.IsNullOrWhiteSpace(talk.Room))
                Add(talk, $"talk {talk.Code} has no room");
            if (talk.Start == default || talk.End == default)
                Add(talk, $"talk {talk.Code} has no start or end");
            else if (talk.End <= talk.Start)
                Add(talk, $"talk {talk.Code} ends ({Local(talk.End, zone)}) before it starts ({Local(talk.Start, zone)})");
            if (!dayDates.TryGetValue(talk.Day, out var date))
                Add(talk, $"talk {talk.Code} is on day {talk.Day}, which is not among the days of the conference");
            else if (talk.Start != default && DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(talk.Start, zone).DateTime) != date)
                Add(talk, $"talk {talk.Code} starts {Local(talk.Start, zone)}, which is not on day {talk.Day} ({date:yyyy-MM-dd})");
        }

        var timed = talks.Where(t => t.Start != default && t.End > t.Start && !string.IsNullOrWhiteSpace(t.Room));
        foreach (var room in timed.GroupBy(t => t.Room.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            Talk? latest = null;
            foreach (var talk in room.OrderBy(t => t.Start).ThenBy(t => t.End))
            {
                if (latest is not null && talk.Start < latest.End)
                    Add(talk, $"talk {talk.Code} ({Local(talk.Start, zone)}–{Local(talk.End, zone)[11..]}) overlaps talk " +
                              $"{latest.Code} ({Local(latest.Start, zone)}–{Local(latest.End, zone)[11..]}, line {locate(latest).Line}) in {room.Key}");
                if (latest is null || talk.End > latest.End)
                    latest = talk;
            }
        }

        return issues;
    }

    /// <summary>"2027-05-20 10:00" in the conference's time zone.</summary>
    internal static string Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
