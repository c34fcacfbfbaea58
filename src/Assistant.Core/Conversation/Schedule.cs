using Assistant.ProgramData;

namespace Assistant.Conversation;

/// <summary>Questions about time in the program ("what runs now", "what starts next", "when is lunch"), answered in the conference's zone.</summary>
public static class Schedule
{
    /// <summary>Where the conference stands at an instant.</summary>
    public enum Phase { NotBegun, Running, Over }

    public static Phase PhaseAt(ConferenceProgram program, DateTimeOffset now)
    {
        if (program.Talks.Count == 0) return Phase.Over;
        if (now < program.Talks.Min(t => t.Start)) return Phase.NotBegun;
        if (now >= program.Talks.Max(t => t.End)) return Phase.Over;
        return Phase.Running;
    }

    public static Talk? FirstTalk(ConferenceProgram program) =>
        program.Talks.OrderBy(t => t.Start).ThenBy(t => RoomIndex(program, t.Room)).FirstOrDefault();

    public static Talk? LastTalk(ConferenceProgram program) =>
        program.Talks.OrderByDescending(t => t.End).ThenByDescending(t => t.Start).FirstOrDefault();

    /// <summary>Talks under way at <paramref name="now"/>, one per room at most in a sane program, in room order.</summary>
    public static IReadOnlyList<Talk> RunningAt(ConferenceProgram program, DateTimeOffset now) =>
        InRoomOrder(program, program.Talks.Where(t => t.Start <= now && now < t.End));

    /// <summary>
    /// The next talk to start in each room, kept to the day of the soonest one: after the last talk of a
    /// day, "next" is tomorrow morning, not a mix of this evening and tomorrow.
    /// </summary>
    public static IReadOnlyList<Talk> NextToStart(ConferenceProgram program, DateTimeOffset now)
    {
        var perRoom = program.Talks
            .Where(t => t.Start > now)
            .GroupBy(t => t.Room)
            .Select(g => g.MinBy(t => t.Start)!)
            .ToList();
        if (perRoom.Count == 0) return [];
        var soonestDay = perRoom.MinBy(t => t.Start)!.Day;
        return perRoom.Where(t => t.Day == soonestDay)
            .OrderBy(t => t.Start).ThenBy(t => RoomIndex(program, t.Room)).ToList();
    }

    /// <summary>The conference day whose local date is that of <paramref name="now"/>, if any.</summary>
    public static ConferenceDay? DayAt(ConferenceProgram program, DateTimeOffset now)
    {
        var date = DateOnly.FromDateTime(program.ToLocal(now).DateTime);
        return program.Days.FirstOrDefault(d => d.Date == date);
    }

    public static IReadOnlyList<Talk> TalksOnDay(ConferenceProgram program, int day) =>
        program.Talks.Where(t => t.Day == day).OrderBy(t => t.Start).ThenBy(t => RoomIndex(program, t.Room)).ToList();

    /// <summary>
    /// When lunch ends on a day, in local time: the end of the longest break that starts between 11:00 and
    /// 14:00 (the shipped timetable breaks 12:00–13:30). Falls back to 13:00 when the day shows no such break.
    /// </summary>
    public static TimeOnly LunchEnds(ConferenceProgram program, int day)
    {
        var fallback = new TimeOnly(13, 0);
        var talks = TalksOnDay(program, day);
        if (talks.Count == 0) return fallback;

        TimeOnly? best = null;
        var bestGap = TimeSpan.FromMinutes(29);
        var busyUntil = talks[0].End;
        foreach (var talk in talks.Skip(1))
        {
            var gap = talk.Start - busyUntil;
            var gapStarts = LocalTime(program, busyUntil);
            if (gap > bestGap && gapStarts >= new TimeOnly(11, 0) && gapStarts <= new TimeOnly(14, 0))
            {
                bestGap = gap;
                best = LocalTime(program, talk.Start);
            }
            if (talk.End > busyUntil) busyUntil = talk.End;
        }
        return best ?? fallback;
    }

    public static TimeOnly LocalTime(ConferenceProgram program, DateTimeOffset instant) =>
        TimeOnly.FromDateTime(program.ToLocal(instant).DateTime);

    /// <summary>Position of a room in the program's room order (Main Hall first, then Room 1..n); unknown rooms last.</summary>
    public static int RoomIndex(ConferenceProgram program, string room)
    {
        for (var i = 0; i < program.Rooms.Count; i++)
            if (string.Equals(program.Rooms[i], room, StringComparison.OrdinalIgnoreCase)) return i;
        return int.MaxValue;
    }

    private static List<Talk> InRoomOrder(ConferenceProgram program, IEnumerable<Talk> talks) =>
        talks.OrderBy(t => RoomIndex(program, t.Room)).ThenBy(t => t.Start).ToList();
}
