using System.Globalization;
using Assistant.Conversation;
using Assistant.ProgramData;

namespace Assistant.Bookmarks;

/// <summary>How talks read in bookmark replies, always in the conference's time zone.</summary>
internal static class TalkFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>As on the talk card, so a noisy title reads the same everywhere.</summary>
    public static string Title(Talk talk) => TalkFormatter.Title(talk);

    /// <summary>"10:00–10:30".</summary>
    public static string TimeRange(ConferenceProgram program, Talk talk) =>
        $"{program.ToLocal(talk.Start).ToString("HH:mm", Invariant)}–{program.ToLocal(talk.End).ToString("HH:mm", Invariant)}";

    /// <summary>"Day 1 · Wed 20 May".</summary>
    public static string DayHeading(ConferenceProgram program, int day, DateTimeOffset anyStartThatDay)
    {
        var date = program.FindDay(day)?.Date ?? DateOnly.FromDateTime(program.ToLocal(anyStartThatDay).DateTime);
        return $"Day {day} · {date.ToString("ddd d MMM", Invariant)}";
    }

    /// <summary>"Wed 20 May, 10:00–10:30, Room 1".</summary>
    public static string When(ConferenceProgram program, Talk talk) =>
        $"{program.ToLocal(talk.Start).ToString("ddd d MMM", Invariant)}, {TimeRange(program, talk)}, {talk.Room}";

    /// <summary>"B4-2 (10:00–10:30, Room 2)".</summary>
    public static string Brief(ConferenceProgram program, Talk talk) => $"{talk.Code} ({TimeRange(program, talk)}, {talk.Room})";

    public static string Count(int n, string singular, string plural) => n == 1 ? $"1 {singular}" : $"{n} {plural}";

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string JoinAnd(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => "",
        1 => parts[0],
        _ => $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}",
    };

    public static bool Overlap(Talk a, Talk b) => a.Start < b.End && b.Start < a.End;
}
