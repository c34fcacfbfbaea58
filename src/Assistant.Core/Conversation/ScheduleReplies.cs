using Assistant.ProgramData;

namespace Assistant.Conversation;

/// <summary>
/// Answers "now", "next", "today", "day N", "rooms" and "room N (after lunch)" against the injected clock.
/// Outside the conference it says so and points at the first or last talk instead of listing nothing.
/// </summary>
public sealed class ScheduleReplies(IProgramProvider programs, TimeProvider time)
{
    public Reply Now(string? room = null)
    {
        var program = programs.Current;
        var now = time.GetUtcNow();
        if (OutsideConference(program, now) is { } outside) return outside;

        var zone = program.TimeZone;
        var running = InRoom(Schedule.RunningAt(program, now), room);
        var clock = $"{TalkFormatter.DayLabel(now, zone)}, {TalkFormatter.Clock(now, zone)}";
        if (running.Count > 0)
            return TalkLists.Lines($"On now{Where(room)} ({clock}):", running, zone);

        var next = InRoom(Schedule.NextToStart(program, now), room);
        if (next.Count == 0)
            return Reply.Text($"Nothing is on{Where(room)} right now ({clock}), and nothing more is planned there.");
        return TalkLists.Lines($"Nothing is on{Where(room)} right now ({clock}). Next up:", next, zone, withDay: next[0].Day != Today(program, now));
    }

    public Reply Next(string? room = null)
    {
        var program = programs.Current;
        var now = time.GetUtcNow();
        var zone = program.TimeZone;
        var phase = Schedule.PhaseAt(program, now);
        if (phase == Schedule.Phase.Over) return Over(program);

        var next = InRoom(Schedule.NextToStart(program, now), room);
        if (next.Count == 0)
            return Reply.Text($"Nothing more is planned{Where(room)}.");
        var heading = phase == Schedule.Phase.NotBegun
            ? $"The conference has not begun yet ({TalkFormatter.DateSpan(program)}). First to start{Where(room)}:"
            : $"Next to start{Where(room)}:";
        return TalkLists.Lines(heading, next, zone, withDay: next[0].Day != Today(program, now));
    }

    public Reply Today(TimeWindow window = TimeWindow.WholeDay, string? room = null)
    {
        var program = programs.Current;
        var now = time.GetUtcNow();
        var today = Schedule.DayAt(program, now);
        if (today is not null) return Day(today.Number, window, room, isToday: true);

        var days = string.Join(" and ", program.Days.OrderBy(d => d.Number).Select(d => TalkFormatter.DayName(program, d.Number)));
        var todayLabel = TalkFormatter.DayLabel(now, program.TimeZone);
        if (room is null && window == TimeWindow.WholeDay)
            return Reply.Of(
                TextBlock.Plain($"Today ({todayLabel}) is not a conference day. The conference runs on {days}."),
                TextBlock.Italic(DayHint(program)));

        // "Room 3 after lunch" asked outside the conference: show that slice of every day rather than nothing.
        var blocks = new List<TextBlock> { TextBlock.Plain($"Today ({todayLabel}) is not a conference day; here is every day instead.") };
        foreach (var day in program.Days.OrderBy(d => d.Number))
            blocks.AddRange(Day(day.Number, window, room, isToday: false).Blocks);
        return new Reply(blocks, []);
    }

    public Reply Day(int number, TimeWindow window = TimeWindow.WholeDay, string? room = null, bool isToday = false)
    {
        var program = programs.Current;
        if (program.FindDay(number) is null)
            return Reply.Text($"There is no day {number}. {DayHint(program)}");

        var talks = Schedule.TalksOnDay(program, number)
            .Where(t => room is null || string.Equals(t.Room, room, StringComparison.OrdinalIgnoreCase))
            .Where(t => TimeWindows.Contains(program, window, t))
            .ToList();
        var heading = string.Join(" ", new[]
        {
            isToday ? $"Today, {TalkFormatter.DayName(program, number)}" : TalkFormatter.DayName(program, number),
            room is null ? "" : $"in {room}",
            TimeWindows.Describe(program, window, number),
        }.Where(p => p.Length > 0)) + ":";
        if (talks.Count == 0)
            return Reply.Of(TextBlock.Bold(heading), TextBlock.Plain("No talks."));
        return new Reply([TextBlock.Bold(heading), .. TalkLists.DayBlocks(program, talks)], []);
    }

    /// <summary>A room question: validates the room, then answers for the day asked (today when none).</summary>
    public Reply Room(string room, int? day, TimeWindow window)
    {
        var program = programs.Current;
        var known = program.Rooms.FirstOrDefault(r => string.Equals(r, room, StringComparison.OrdinalIgnoreCase));
        if (known is null)
            return Reply.Text($"There is no {room} in the program. Rooms: {string.Join(", ", program.Rooms)}.");
        return day is { } number ? Day(number, window, known) : Today(window, known);
    }

    public Reply Rooms()
    {
        var program = programs.Current;
        var zone = program.TimeZone;
        var blocks = new List<TextBlock> { TextBlock.Bold("Rooms") };
        foreach (var room in program.Rooms)
        {
            var lines = program.Sessions
                .Where(s => string.Equals(s.Room, room, StringComparison.OrdinalIgnoreCase))
                .OrderBy(s => s.Start)
                .Select(s => $"Day {s.Day} · {TalkFormatter.TimeRange(s.Start, s.End, zone)} · {s.Code}"
                             + (TalkFormatter.SessionTitle(s) is { } title ? $" · {title}" : ""))
                .ToList();
            if (lines.Count == 0)
                lines = program.Talks.Where(t => t.Room == room).OrderBy(t => t.Start)
                    .Select(t => $"Day {t.Day} · {TalkFormatter.TimeRange(t, zone)} · {t.Code}").ToList();
            blocks.Add(new TextBlock([new Span(room, SpanStyle.Bold), new Span("\n" + string.Join("\n", lines))]));
        }
        blocks.Add(TextBlock.Italic("Ask, for example, “what's on in room 3 after lunch?” or “main hall day 2”."));
        return new Reply(blocks, []);
    }

    /// <summary>Answers an intent recognised in free text.</summary>
    public Reply For(ScheduleIntent intent) => intent.Kind switch
    {
        ScheduleIntentKind.Now => Now(intent.Room is null ? null : KnownRoom(intent.Room)),
        ScheduleIntentKind.Next => Next(intent.Room is null ? null : KnownRoom(intent.Room)),
        _ when intent.Room is not null => Room(intent.Room, intent.Day, intent.Window),
        _ when intent.Day is { } day => Day(day, intent.Window),
        _ => Today(intent.Window),
    };

    private string KnownRoom(string room) =>
        programs.Current.Rooms.FirstOrDefault(r => string.Equals(r, room, StringComparison.OrdinalIgnoreCase)) ?? room;

    private static Reply? OutsideConference(ConferenceProgram program, DateTimeOffset now)
    {
        switch (Schedule.PhaseAt(program, now))
        {
            case Schedule.Phase.NotBegun:
                var first = Schedule.FirstTalk(program)!;
                return Reply.Of(
                        TextBlock.Plain($"The conference has not begun yet: it runs {TalkFormatter.DateSpan(program)} ({program.TimeZone.Id} time)."),
                        TextBlock.Plain($"The first talk is {TalkFormatter.SummaryWithDay(first, program.TimeZone)}."))
                    .WithButtons([[TalkLists.CardButton(first)]]);
            case Schedule.Phase.Over:
                return Over(program);
            default:
                return null;
        }
    }

    private static Reply Over(ConferenceProgram program)
    {
        var last = Schedule.LastTalk(program);
        if (last is null) return Reply.Text("The program lists no talks.");
        return Reply.Of(
                TextBlock.Plain($"The conference is over: it ran {TalkFormatter.DateSpan(program)}."),
                TextBlock.Plain($"The last talk was {TalkFormatter.SummaryWithDay(last, program.TimeZone)}."))
            .WithButtons([[TalkLists.CardButton(last)]]);
    }

    private static int? Today(ConferenceProgram program, DateTimeOffset now) => Schedule.DayAt(program, now)?.Number;

    private static List<Talk> InRoom(IReadOnlyList<Talk> talks, string? room) =>
        talks.Where(t => room is null || string.Equals(t.Room, room, StringComparison.OrdinalIgnoreCase)).ToList();

    private static string Where(string? room) => room is null ? "" : $" in {room}";

    private static string DayHint(ConferenceProgram program) =>
        program.Days.Count == 0 ? "The program lists no days." : $"Try /day 1 … /day {program.Days.Max(d => d.Number)}.";
}
