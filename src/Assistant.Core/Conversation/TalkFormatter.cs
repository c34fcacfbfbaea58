using System.Globalization;
using Assistant.ProgramData;

namespace Assistant.Conversation;

/// <summary>Plain-text pieces every feature shows the same way: times in the conference zone, one-line talk summaries.</summary>
public static class TalkFormatter
{
    // Dates and times are shown in one fixed format (24-hour clock, English day names) whatever the
    // server's culture, so every front-end and every feature prints "Thu 20 May, 10:00–10:30".
    private static readonly CultureInfo Format = CultureInfo.InvariantCulture;

    public const string Separator = " · ";

    /// <summary>"10:00".</summary>
    public static string Clock(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("HH:mm", Format);

    /// <summary>"10:00–10:30" in the conference zone.</summary>
    public static string TimeRange(DateTimeOffset start, DateTimeOffset end, TimeZoneInfo zone) =>
        $"{Clock(start, zone)}–{Clock(end, zone)}";

    public static string TimeRange(Talk talk, TimeZoneInfo zone) => TimeRange(talk.Start, talk.End, zone);

    /// <summary>"Thu 20 May".</summary>
    public static string DayLabel(DateOnly date) => date.ToString("ddd d MMM", Format);

    /// <summary>"Thu 20 May" for the local date of an instant.</summary>
    public static string DayLabel(DateTimeOffset instant, TimeZoneInfo zone) =>
        DayLabel(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime));

    /// <summary>"Thu 20 May, 10:00–10:30".</summary>
    public static string When(Talk talk, TimeZoneInfo zone) => $"{DayLabel(talk.Start, zone)}, {TimeRange(talk, zone)}";

    /// <summary>"Day 1 (Thu 20 May)"; just "Day 1" when the program has no such day.</summary>
    public static string DayName(ConferenceProgram program, int day) =>
        program.FindDay(day) is { } d ? $"Day {day} ({DayLabel(d.Date)})" : $"Day {day}";

    /// <summary>"Thu 20 May – Fri 21 May 2027", the span of the conference.</summary>
    public static string DateSpan(ConferenceProgram program)
    {
        if (program.Days.Count == 0) return "(no dates in the program)";
        var first = program.Days.MinBy(d => d.Date)!.Date;
        var last = program.Days.MaxBy(d => d.Date)!.Date;
        return first == last
            ? $"{DayLabel(first)} {first.Year}"
            : $"{DayLabel(first)} – {DayLabel(last)} {last.Year}";
    }

    /// <summary>The title, or a label saying the source is unreadable.</summary>
    /// <summary>What every reply (card, list, summary, reminder, calendar) shows for a title the OCR made unreadable.</summary>
    public const string GarbledTitle = "(title OCR-garbled in the source)";

    public static string Title(Talk talk) =>
        talk.TitleIsNoise || string.IsNullOrWhiteSpace(talk.Title) ? GarbledTitle : talk.Title.Trim();

    /// <summary>A session's own title, or null when the program only has a placeholder ("Session A4") or none.</summary>
    public static string? SessionTitle(Session session)
    {
        var title = session.Title?.Trim();
        if (string.IsNullOrEmpty(title)) return null;
        if (string.Equals(title, session.Code, StringComparison.OrdinalIgnoreCase)
            || string.Equals(title, $"Session {session.Code}", StringComparison.OrdinalIgnoreCase)) return null;
        return title;
    }

    /// <summary>"A4-1 · 10:00–10:30 · Room 1 · Title".</summary>
    public static string Summary(Talk talk, TimeZoneInfo zone) =>
        string.Join(Separator, talk.Code, TimeRange(talk, zone), talk.Room, Title(talk));

    /// <summary>Like <see cref="Summary"/> with the day in front: "Thu 20 May · A4-1 · 10:00–10:30 · Room 1 · Title".</summary>
    public static string SummaryWithDay(Talk talk, TimeZoneInfo zone) =>
        string.Join(Separator, DayLabel(talk.Start, zone), Summary(talk, zone));

    /// <summary>
    /// The speakers as one line: parsed names with affiliations when the source was legible, otherwise the
    /// printed line labelled as garbled, so nobody mistakes OCR noise for a name.
    /// </summary>
    public static string Speakers(Talk talk)
    {
        // A parsed speaker without a name (only the affiliation was legible) is no better than the raw line.
        if (HasLegibleSpeakers(talk))
            return string.Join(", ", talk.Speakers.Where(s => !string.IsNullOrWhiteSpace(s.Name)).Select(s =>
                string.IsNullOrWhiteSpace(s.Affiliation) ? s.Name.Trim() : $"{s.Name.Trim()} ({s.Affiliation.Trim()})"));
        return string.IsNullOrWhiteSpace(talk.SpeakerLine)
            ? "(not legible in the source)"
            : $"{talk.SpeakerLine.Trim()} (OCR-garbled in the source)";
    }

    /// <summary>True when the importer could read at least one speaker's name.</summary>
    public static bool HasLegibleSpeakers(Talk talk) => talk.Speakers.Any(s => !string.IsNullOrWhiteSpace(s.Name));

    /// <summary>A button label: "A4-1 Importance Sparsification for…", cut to stay readable on a phone.</summary>
    public static string ButtonLabel(Talk talk, int maxLength = 40) => Shorten($"{talk.Code} {Title(talk)}", maxLength);

    /// <summary>Cuts text at a word boundary and adds an ellipsis when it is longer than <paramref name="maxLength"/>.</summary>
    public static string Shorten(string text, int maxLength)
    {
        text = text.Trim();
        if (text.Length <= maxLength) return text;
        var cut = text.LastIndexOf(' ', Math.Max(0, maxLength - 1));
        if (cut < maxLength / 2) cut = maxLength - 1;
        return text[..cut].TrimEnd(' ', ',', ';', ':', '.', '-') + "…";
    }
}
