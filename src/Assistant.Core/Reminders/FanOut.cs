namespace Assistant.Reminders;

/// <summary>
/// When a reminder fan-out must start so that its last message still goes out by start − lead:
/// fire = start − lead − ⌈subscribers / global rate⌉ s. 3,000 subscribers at 30/s start 100 s early.
/// </summary>
public static class FanOut
{
    /// <summary>Seconds of sending <paramref name="subscribers"/> messages take at <paramref name="perSecond"/>, rounded up.</summary>
    public static TimeSpan SendingTime(int subscribers, double perSecond) =>
        subscribers <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Ceiling(subscribers / perSecond));

    public static DateTimeOffset RemindAt(DateTimeOffset start, int leadMinutes) => start - TimeSpan.FromMinutes(leadMinutes);

    public static DateTimeOffset FireAt(DateTimeOffset start, int leadMinutes, int subscribers, double perSecond) =>
        RemindAt(start, leadMinutes) - SendingTime(subscribers, perSecond);
}
