using Assistant.ProgramData;

namespace Assistant.Conversation;

/// <summary>A part of a conference day, in local time, that a question can narrow to ("after lunch").</summary>
public enum TimeWindow { WholeDay, Morning, Afternoon, AfterLunch }

/// <summary>Which talks fall in a <see cref="TimeWindow"/>; a talk belongs to the window it starts in.</summary>
public static class TimeWindows
{
    private static readonly TimeOnly Noon = new(12, 0);

    public static bool Contains(ConferenceProgram program, TimeWindow window, Talk talk)
    {
        var starts = Schedule.LocalTime(program, talk.Start);
        return window switch
        {
            TimeWindow.Morning => starts < Noon,
            TimeWindow.Afternoon => starts >= Noon,
            TimeWindow.AfterLunch => starts >= Schedule.LunchEnds(program, talk.Day),
            _ => true,
        };
    }

    /// <summary>"after lunch (from 13:30)", "in the morning", "" for the whole day.</summary>
    public static string Describe(ConferenceProgram program, TimeWindow window, int day) => window switch
    {
        TimeWindow.Morning => "in the morning",
        TimeWindow.Afternoon => "in the afternoon",
        TimeWindow.AfterLunch => $"after lunch (from {Schedule.LunchEnds(program, day):HH\\:mm})",
        _ => "",
    };
}
