using Assistant.ProgramData;

namespace Assistant.Tests.Reminders;

/// <summary>A small program in Asia/Shanghai and a provider whose program a test can replace (raising Changed).</summary>
internal sealed class TestProgramProvider(ConferenceProgram initial) : IProgramProvider
{
    public ConferenceProgram Current { get; private set; } = initial;

    public event EventHandler<ProgramChangedEventArgs>? Changed;

    public void Replace(ConferenceProgram next)
    {
        var previous = Current;
        Current = next;
        Changed?.Invoke(this, new ProgramChangedEventArgs(previous, next));
    }
}

internal static class TestProgram
{
    /// <summary>08:00 in Shanghai on Thursday 21 May 2026.</summary>
    public static readonly DateTimeOffset Morning = new(2026, 5, 21, 0, 0, 0, TimeSpan.Zero);

    public static TimeZoneInfo Shanghai { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static Talk Talk(string code, DateTimeOffset start, string room = "Room 1", int minutes = 25) => new(
        Id: code,
        Code: code,
        Title: $"Talk {code}",
        Abstract: "",
        SpeakerLine: $"Speaker of {code} (Some University)",
        Speakers: [new Speaker($"Speaker of {code}", "Some University")],
        SessionCode: code.Split('-')[0],
        Day: 1,
        Room: room,
        Start: start,
        End: start.AddMinutes(minutes));

    public static ConferenceProgram Of(params Talk[] talks) => new(
        "Test conference",
        Shanghai,
        [new ConferenceDay(1, new DateOnly(2026, 5, 21))],
        talks.Select(t => t.SessionCode).Distinct()
            .Select(code => talks.First(t => t.SessionCode == code))
            .Select(t => new Session(t.SessionCode, $"Session {t.SessionCode}", 1, t.Room, t.Start, t.End))
            .ToList(),
        talks);
}
