using System.Text.RegularExpressions;

namespace Assistant.Conversation;

/// <summary>
/// A time or place question recognised in free text ("what's on now?", "room 3 after lunch", "day 2").
/// <see cref="Day"/> null means today; <see cref="Room"/> is the room as typed ("Room 3", "Main Hall").
/// </summary>
public sealed partial record ScheduleIntent(ScheduleIntentKind Kind, int? Day = null, string? Room = null, TimeWindow Window = TimeWindow.WholeDay)
{
    /// <summary>
    /// Deterministic and deliberately strict: the text must name a time or room anchor and contain nothing
    /// but question filler besides, so "who talks about transport today?" still goes to search.
    /// </summary>
    public static ScheduleIntent? TryParse(string text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0 || normalized.Length > 120) return null;

        int? day = null;
        string? room = null;
        var window = TimeWindow.WholeDay;
        bool now = false, next = false, today = false;

        normalized = Take(normalized, RoomPattern(), m => room = m.Groups["n"].Success ? $"Room {m.Groups["n"].Value}" : "Main Hall");
        normalized = Take(normalized, DayPattern(), m => day = ParseNumber(m.Groups["n"].Value));
        normalized = Take(normalized, OrdinalDayPattern(), m => day = m.Groups["o"].Value == "first" ? 1 : 2);
        normalized = Take(normalized, AfterLunchPattern(), _ => window = TimeWindow.AfterLunch);
        normalized = Take(normalized, MorningPattern(), _ => window = TimeWindow.Morning);
        normalized = Take(normalized, AfternoonPattern(), _ => window = TimeWindow.Afternoon);
        normalized = Take(normalized, NowPattern(), _ => now = true);
        normalized = Take(normalized, NextPattern(), _ => next = true);
        normalized = Take(normalized, TodayPattern(), _ => today = true);

        if (room is null && day is null && window == TimeWindow.WholeDay && !now && !next && !today) return null;

        var leftovers = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (leftovers.Any(w => !Filler.Contains(w))) return null;

        if (now && day is null && window == TimeWindow.WholeDay) return new(ScheduleIntentKind.Now, Room: room);
        if (next && day is null && window == TimeWindow.WholeDay) return new(ScheduleIntentKind.Next, Room: room);
        return new(ScheduleIntentKind.Program, day, room, window);
    }

    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "what", "whats", "what's", "which", "who", "whos", "who's", "is", "are", "was", "will", "be", "on", "in", "at",
        "the", "a", "an", "there", "talk", "talks", "session", "sessions", "going", "show", "me", "list", "give",
        "program", "programme", "schedule", "agenda", "please", "pls", "speaking", "speaks", "of", "for", "and",
        "any", "anything", "tell", "this", "it", "i", "can", "see", "do", "does", "up", "to", "s", "hi", "hello",
        "thanks", "now", "ok", "okay", "so", "room", "hall", "happens", "plan", "plans", "timetable", "get",
    };

    private static string Normalize(string text)
    {
        var lowered = text.ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');
        var kept = new string(lowered.Select(c => char.IsLetterOrDigit(c) || c == '\'' ? c : ' ').ToArray());
        return string.Join(' ', kept.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Take(string text, Regex pattern, Action<Match> onMatch)
    {
        var match = pattern.Match(text);
        if (!match.Success) return text;
        onMatch(match);
        return pattern.Replace(text, " ");
    }

    private static int ParseNumber(string value) => value switch
    {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        _ => int.TryParse(value, out var n) ? n : 0,
    };

    [GeneratedRegex(@"\b(?:room\s*(?<n>\d{1,2})|main\s+hall|plenary\s+hall)\b")]
    private static partial Regex RoomPattern();

    [GeneratedRegex(@"\bday\s*(?<n>\d{1,2}|one|two|three)\b")]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"\b(?:the\s+)?(?<o>first|second)\s+day\b")]
    private static partial Regex OrdinalDayPattern();

    [GeneratedRegex(@"\bafter\s+(?:the\s+)?lunch(?:\s*break)?\b")]
    private static partial Regex AfterLunchPattern();

    [GeneratedRegex(@"\b(?:this\s+)?morning\b")]
    private static partial Regex MorningPattern();

    [GeneratedRegex(@"\b(?:this\s+)?afternoon\b")]
    private static partial Regex AfternoonPattern();

    [GeneratedRegex(@"\b(?:right\s+now|now|currently|at\s+the\s+moment|happening)\b")]
    private static partial Regex NowPattern();

    [GeneratedRegex(@"\b(?:up\s+next|next|coming\s+up|upcoming)\b")]
    private static partial Regex NextPattern();

    [GeneratedRegex(@"\btoday(?:'s)?\b")]
    private static partial Regex TodayPattern();
}

/// <summary>What a schedule question asks for: what runs now, what starts next, or a (part of a) day's program.</summary>
public enum ScheduleIntentKind { Now, Next, Program }
