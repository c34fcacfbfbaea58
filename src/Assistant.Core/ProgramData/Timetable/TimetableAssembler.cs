using System.Globalization;
using Assistant.ProgramData.Book;
using Assistant.ProgramData.Json;

namespace Assistant.ProgramData.Timetable;

/// <summary>
/// Joins the abstract book with the timetable file into a validated <see cref="ConferenceProgram"/>, or throws
/// <see cref="ProgramLoadException"/> listing every problem with its file and line.
/// </summary>
/// <remarks>
/// A session in the book without a timetable entry is an error, and so is a timetable entry no talk uses: the
/// latter is almost always a mistyped code, and a silently ignored entry would hide it.
/// </remarks>
public static class TimetableAssembler
{
    public const int DefaultTalkMinutes = 30;

    public static ConferenceProgram Assemble(AbstractBook book, string scheduleJson, string scheduleFile)
    {
        var schedule = JsonSource.Deserialize<ScheduleDocument>(scheduleJson, scheduleFile);
        var map = JsonLineMap.Build(scheduleJson);
        var issues = new List<ProgramIssue>();
        void Error(string path, string problem) => issues.Add(new ProgramIssue(scheduleFile, map.Line(path), problem));

        var name = schedule.Conference?.Trim();
        if (string.IsNullOrEmpty(name))
            Error("$.conference", "\"conference\" (the conference name) is missing");
        var zone = TimeZones.Find(schedule.TimeZone);
        if (zone is null)
            Error("$.timeZone", $"\"timeZone\" '{schedule.TimeZone}' is not a known time zone (use an IANA id such as Asia/Shanghai)");
        var defaultMinutes = schedule.TalkMinutes ?? DefaultTalkMinutes;
        if (defaultMinutes <= 0)
            Error("$.talkMinutes", "\"talkMinutes\" must be a positive number of minutes");

        if (book.Talks.Count == 0)
            issues.Add(new ProgramIssue(book.File, 0, "no talks found (expected header lines like \"A1-1 Title\")"));
        foreach (var duplicate in book.Talks.GroupBy(t => t.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            issues.AddRange(duplicate.Skip(1).Select(t => new ProgramIssue(book.File, t.Line,
                $"talk code {t.Code} appears twice (first at line {duplicate.First().Line})")));

        var days = ReadDays(schedule, Error);
        if (zone is null || issues.Count > 0)
            throw new ProgramLoadException(issues);

        var talks = new List<Talk>();
        var locations = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
        var bookTalks = book.Talks.Where(t => !t.IsPlenary).GroupBy(t => t.SessionCode, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(t => TalkCode.TryParse(t.Code, out var c) ? c.Number : 0).ToList(), StringComparer.OrdinalIgnoreCase);
        var plenaries = book.Talks.Where(t => t.IsPlenary).ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
        var sessionTitles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var sessionRooms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        var seenSessions = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (schedule.Sessions?.Count ?? 0); i++)
        {
            var entry = schedule.Sessions![i];
            var path = $"$.sessions[{i}]";
            var code = entry.Code?.Trim() ?? "";
            if (code.Length == 0)
            {
                Error(path, "a session has no \"code\"");
                continue;
            }

            if (!seenSessions.Add(code))
            {
                Error($"{path}.code", $"session {code} is listed twice");
                continue;
            }

            if (!bookTalks.TryGetValue(code, out var sessionTalks))
            {
                Error($"{path}.code", $"session {code} has no talks in {book.File}");
                continue;
            }

            var minutes = entry.TalkMinutes ?? defaultMinutes;
            if (minutes <= 0)
                Error($"{path}.talkMinutes", $"session {code}: \"talkMinutes\" must be positive");
            var room = entry.Room?.Trim() ?? "";
            if (room.Length == 0)
                Error($"{path}.room", $"session {code} has no \"room\"");
            if (!days.TryGetValue(entry.Day, out var date))
            {
                Error($"{path}.day", $"session {code} is on day {entry.Day}, which is not in \"days\"");
                continue;
            }

            if (!TryTime(entry.Start, out var start))
            {
                Error($"{path}.start", $"session {code}: \"start\" '{entry.Start}' is not a time like \"10:00\"");
                continue;
            }

            sessionTitles[code] = string.IsNullOrWhiteSpace(entry.Title) ? $"Session {code}" : entry.Title.Trim();
            var overrides = ReadOverrides(entry, path, code, sessionTalks, map, Error);
            sessionRooms[code] = room;
            var cursor = start;
            foreach (var bookTalk in sessionTalks)
            {
                var talkRoom = room;
                var talkMinutes = minutes;
                var line = map.Line(path);
                if (overrides.TryGetValue(bookTalk.Code, out var o))
                {
                    (cursor, talkMinutes, talkRoom, line) = (o.Start ?? cursor, o.Minutes ?? talkMinutes, o.Room ?? talkRoom, o.Line);
                }

                var startUtc = TimeZones.ToUtc(date, cursor, zone);
                talks.Add(ToTalk(bookTalk, entry.Day, talkRoom, startUtc, startUtc.AddMinutes(talkMinutes)));
                locations[bookTalk.Code] = (scheduleFile, line);
                cursor = cursor.AddMinutes(talkMinutes);
            }
        }

        var seenPlenaries = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < (schedule.Plenaries?.Count ?? 0); i++)
        {
            var entry = schedule.Plenaries![i];
            var path = $"$.plenaries[{i}]";
            var code = entry.Code?.Trim() ?? "";
            if (!plenaries.TryGetValue(code, out var plenary))
            {
                Error($"{path}.code", code.Length == 0 ? "a plenary has no \"code\"" : $"plenary {code} is not in {book.File}");
                continue;
            }

            if (!seenPlenaries.Add(code))
            {
                Error($"{path}.code", $"plenary {code} is listed twice");
                continue;
            }

            if (!days.TryGetValue(entry.Day, out var date))
                Error($"{path}.day", $"plenary {code} is on day {entry.Day}, which is not in \"days\"");
            else if (!TryTime(entry.Start, out var start))
                Error($"{path}.start", $"plenary {code}: \"start\" '{entry.Start}' is not a time like \"08:30\"");
            else if (entry.Minutes <= 0)
                Error($"{path}.minutes", $"plenary {code}: \"minutes\" must be positive");
            else
            {
                var startUtc = TimeZones.ToUtc(date, start, zone);
                talks.Add(ToTalk(plenary, entry.Day, entry.Room?.Trim() ?? "", startUtc, startUtc.AddMinutes(entry.Minutes)));
                locations[code] = (scheduleFile, map.Line(path));
                sessionTitles[code] = "Plenary";
            }
        }

        foreach (var (session, sessionTalks) in bookTalks.Where(s => !seenSessions.Contains(s.Key)))
            issues.Add(new ProgramIssue(book.File, sessionTalks[0].Line,
                $"session {session} ({string.Join(", ", sessionTalks.Select(t => t.Code))}) has no entry in \"sessions\" of {scheduleFile}"));
        foreach (var plenary in plenaries.Values.Where(p => !seenPlenaries.Contains(p.Code)))
            issues.Add(new ProgramIssue(book.File, plenary.Line, $"plenary {plenary.Code} has no entry in \"plenaries\" of {scheduleFile}"));

        var dayList = days.Select(d => new ConferenceDay(d.Key, d.Value)).OrderBy(d => d.Number).ToList();
        issues.AddRange(ProgramValidator.Validate(talks, dayList, zone,
            t => locations.GetValueOrDefault(t.Code, (scheduleFile, 0))));
        if (issues.Count > 0)
            throw new ProgramLoadException(issues);

        return ProgramFactory.Create(name!, zone, dayList, talks, sessionTitles, sessionRooms);
    }

    private static Talk ToTalk(BookTalk t, int day, string room, DateTimeOffset start, DateTimeOffset end) =>
        new(t.Code, t.Code, t.Title, t.Abstract, t.SpeakerLine, t.Speakers, t.SessionCode, day, room, start, end)
        {
            TitleIsNoise = t.TitleIsNoise,
            AbstractIsNoise = t.AbstractIsNoise,
            IsPlenary = t.IsPlenary,
        };

    private static SortedDictionary<int, DateOnly> ReadDays(ScheduleDocument schedule, Action<string, string> error)
    {
        var days = new SortedDictionary<int, DateOnly>();
        if (schedule.Days is not { Count: > 0 })
            error("$.days", "\"days\" is missing: list each day as { \"day\": 1, \"date\": \"2027-05-20\" }");
        for (var i = 0; i < (schedule.Days?.Count ?? 0); i++)
        {
            var day = schedule.Days![i];
            if (!DateOnly.TryParseExact(day.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                error($"$.days[{i}].date", $"day {day.Day}: \"date\" '{day.Date}' is not a date like \"2027-05-20\"");
            else if (day.Day <= 0)
                error($"$.days[{i}].day", "\"day\" numbers start at 1");
            else if (!days.TryAdd(day.Day, date))
                error($"$.days[{i}].day", $"day {day.Day} is listed twice");
        }

        return days;
    }

    private static Dictionary<string, (TimeOnly? Start, int? Minutes, string? Room, int Line)> ReadOverrides(
        ScheduleSession entry, string path, string session, List<BookTalk> sessionTalks, JsonLineMap map, Action<string, string> error)
    {
        var result = new Dictionary<string, (TimeOnly?, int?, string?, int)>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < (entry.Overrides?.Count ?? 0); k++)
        {
            var o = entry.Overrides![k];
            var at = $"{path}.overrides[{k}]";
            var code = o.Talk?.Trim() ?? "";
            if (!sessionTalks.Any(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                error($"{at}.talk", $"override for '{code}': no such talk in session {session}");
                continue;
            }

            TimeOnly? start = null;
            if (o.Start is not null)
            {
                if (TryTime(o.Start, out var s))
                    start = s;
                else
                    error($"{at}.start", $"override for {code}: \"start\" '{o.Start}' is not a time like \"10:30\"");
            }

            if (o.Minutes is <= 0)
                error($"{at}.minutes", $"override for {code}: \"minutes\" must be positive");
            var canonical = sessionTalks.First(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase)).Code;
            if (!result.TryAdd(canonical, (start, o.Minutes, string.IsNullOrWhiteSpace(o.Room) ? null : o.Room.Trim(), map.Line(at))))
                error($"{at}.talk", $"talk {code} has two overrides");
        }

        return result;
    }

    private static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
