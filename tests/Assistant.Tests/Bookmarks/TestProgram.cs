using Assistant.ProgramData;

namespace Assistant.Tests.Bookmarks;

/// <summary>A small hand-built program in Asia/Shanghai: day 1 has A4-1 and B4-2 at the same time and A4-2 right after; day 2 has C1-1.</summary>
internal static class TestProgram
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static Talk A41 { get; } = Talk("A4-1", "Generalisation bounds for deep networks", "Li Wei (Peking University)", 1, "Room 1", 20, 10, 0, 30);
    public static Talk A42 { get; } = Talk("A4-2", "Implicit bias of gradient descent", "Zhang Min", 1, "Room 1", 20, 10, 30, 30);
    public static Talk B42 { get; } = Talk("B4-2", "Optimal transport in learning", "Wang Fang", 1, "Room 2", 20, 10, 0, 30);
    public static Talk C11 { get; } = Talk("C1-1", "Kernel methods revisited", "Chen Jie", 2, "Room 3", 21, 9, 0, 45);

    public static ConferenceProgram Create(params Talk[] talks)
    {
        talks = talks.Length == 0 ? [A41, A42, B42, C11] : talks;
        return new ConferenceProgram(
            "Conference on the Mathematics of Machine Learning 2026",
            Shanghai,
            [new ConferenceDay(1, new DateOnly(2026, 5, 20)), new ConferenceDay(2, new DateOnly(2026, 5, 21))],
            [],
            talks);
    }

    /// <summary>Local Shanghai wall-clock time (UTC+8) to the UTC instant the program stores.</summary>
    public static DateTimeOffset Local(int day, int hour, int minute) =>
        new DateTimeOffset(2026, 5, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    private static Talk Talk(string code, string title, string speakers, int day, string room, int date, int hour, int minute, int minutes)
    {
        var start = Local(date, hour, minute);
        return new Talk(code, code, title, $"We study {title.ToLowerInvariant()} and prove new results.", speakers,
            [new Speaker(speakers, null)], code[..2], day, room, start, start.AddMinutes(minutes));
    }
}

/// <summary>An <see cref="IProgramProvider"/> whose program the test replaces, as a reload would.</summary>
internal sealed class FakeProgramProvider(ConferenceProgram program) : IProgramProvider
{
    public ConferenceProgram Current { get; private set; } = program;

    public event EventHandler<ProgramChangedEventArgs>? Changed;

    public void Replace(ConferenceProgram next)
    {
        var previous = Current;
        Current = next;
        Changed?.Invoke(this, new ProgramChangedEventArgs(previous, next));
    }
}
