using System.Globalization;
using Assistant.ProgramData;

namespace Assistant.Reminders;

/// <summary>How reminders and change notices word times and talks.</summary>
internal static class ReminderText
{
    public static string When(ConferenceProgram program, DateTimeOffset instant) =>
        program.ToLocal(instant).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    public static string WhenAndWhere(ConferenceProgram program, Talk talk) => $"{When(program, talk.Start)}, {talk.Room}";

    public static string Minutes(int minutes) => minutes == 1 ? "1 minute" : $"{minutes} minutes";

    public static string StartsIn(TimeSpan untilStart)
    {
        var minutes = (int)Math.Round(untilStart.TotalMinutes, MidpointRounding.AwayFromZero);
        return minutes < 1 ? "starts in less than a minute" : $"starts in {Minutes(minutes)}";
    }

    // The card's wording for a garbled title, so a reminder names the talk as the card does.
    public static string Title(Talk talk) => Conversation.TalkFormatter.Title(talk);

    public static string Speakers(Talk talk) =>
        talk.Speakers.Count > 0 ? string.Join(", ", talk.Speakers.Select(s => s.Name)) : talk.SpeakerLine;
}
