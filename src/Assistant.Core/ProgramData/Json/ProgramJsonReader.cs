namespace Assistant.ProgramData.Json;

/// <summary>
/// Reads and validates the whole-program JSON form; throws <see cref="ProgramLoadException"/> naming file and line.
/// </summary>
/// <remarks>
/// Required per talk: id, code, title, room, start, end. Derived when absent: session (the code before the dash),
/// day (from the local date of the start, matched against "days"), days (the local dates of the talks).
/// Sessions are derived from the talks; a "sessions" entry only supplies a title and a room.
/// </remarks>
public static class ProgramJsonReader
{
    public static ConferenceProgram Read(string json, string file)
    {
        var document = JsonSource.Deserialize<ProgramDocument>(json, file);
        var map = JsonLineMap.Build(json);
        var issues = new List<ProgramIssue>();
        void Error(string path, string problem) => issues.Add(new ProgramIssue(file, map.Line(path), problem));

        var name = document.Name?.Trim();
        if (string.IsNullOrEmpty(name))
            Error("$.name", "\"name\" (the conference name) is missing");
        var zone = TimeZones.Find(document.TimeZone);
        if (zone is null)
            Error("$.timeZone", $"\"timeZone\" '{document.TimeZone}' is not a known time zone (use an IANA id such as Asia/Shanghai)");
        if (document.Talks is not { Count: > 0 })
            Error("$.talks", "\"talks\" is missing or empty");
        if (zone is null || issues.Count > 0)
            throw new ProgramLoadException(issues);

        var days = new List<ConferenceDay>();
        for (var i = 0; i < (document.Days?.Count ?? 0); i++)
        {
            var day = document.Days![i];
            if (day.Day <= 0)
                Error($"$.days[{i}].day", "\"day\" numbers start at 1");
            else if (days.Any(d => d.Number == day.Day))
                Error($"$.days[{i}].day", $"day {day.Day} is listed twice");
            else
                days.Add(new ConferenceDay(day.Day, day.Date));
        }

        DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
        if (document.Days is null)
        {
            days = document.Talks!.Where(t => t.Start is not null).Select(t => LocalDate(t.Start!.Value)).Distinct().Order()
                .Select((date, n) => new ConferenceDay(n + 1, date)).ToList();
        }

        var talks = new List<Talk>();
        var lines = new Dictionary<Talk, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < document.Talks!.Count; i++)
        {
            var t = document.Talks[i];
            var path = $"$.talks[{i}]";
            var missing = new[] { ("id", t.Id), ("code", t.Code), ("title", t.Title), ("room", t.Room) }
                .Where(f => string.IsNullOrWhiteSpace(f.Item2)).Select(f => f.Item1)
                .Concat(t.Start is null ? ["start"] : []).Concat(t.End is null ? ["end"] : []).ToList();
            if (missing.Count > 0)
            {
                Error(path, $"talk {t.Code ?? t.Id ?? $"#{i + 1}"} lacks {string.Join(", ", missing.Select(m => $"\"{m}\""))}");
                continue;
            }

            var code = t.Code!.Trim();
            var dayNumber = t.Day ?? days.FirstOrDefault(d => d.Date == LocalDate(t.Start!.Value))?.Number ?? 0;
            var talk = new Talk(
                t.Id!.Trim(), code, t.Title!.Trim(), t.Abstract?.Trim() ?? "", t.SpeakerLine?.Trim() ?? "",
                (t.Speakers ?? []).Select(s => new Speaker(s.Name?.Trim() ?? "", string.IsNullOrWhiteSpace(s.Affiliation) ? null : s.Affiliation.Trim())).ToList(),
                string.IsNullOrWhiteSpace(t.Session) ? code.Split('-')[0] : t.Session.Trim(),
                dayNumber, t.Room!.Trim(), t.Start!.Value.ToUniversalTime(), t.End!.Value.ToUniversalTime())
            {
                IsPlenary = t.Plenary ?? false,
                TitleIsNoise = t.TitleIsNoise ?? false,
                AbstractIsNoise = t.AbstractIsNoise ?? string.IsNullOrWhiteSpace(t.Abstract),
            };
            talks.Add(talk);
            lines[talk] = map.Line(path);
        }

        var titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rooms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (document.Sessions?.Count ?? 0); i++)
        {
            var s = document.Sessions![i];
            var code = s.Code?.Trim() ?? "";
            if (!talks.Any(t => string.Equals(t.SessionCode, code, StringComparison.OrdinalIgnoreCase)))
            {
                Error($"$.sessions[{i}]", code.Length == 0 ? "a session has no \"code\"" : $"session {code} has no talks");
                continue;
            }

            if (!string.IsNullOrWhiteSpace(s.Title))
                titles[code] = s.Title.Trim();
            if (!string.IsNullOrWhiteSpace(s.Room))
                rooms[code] = s.Room.Trim();
        }

        issues.AddRange(ProgramValidator.Validate(talks, days, zone, t => (file, lines.GetValueOrDefault(t))));
        if (issues.Count > 0)
            throw new ProgramLoadException(issues);

        return ProgramFactory.Create(name!, zone, days, talks, titles, rooms);
    }
}
