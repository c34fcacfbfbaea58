namespace Assistant.Conversation;

/// <summary>A time or room question ("what's on now?", "room 3 after lunch") answered from the schedule.</summary>
public sealed class ScheduleFreeTextIntent(ScheduleReplies schedule) : IFreeTextIntent
{
    /// <summary>
    /// First of all intents: it is strict (only anchors and filler words), while code recognition is lenient and
    /// could read "room 3" or "day 2" as a code.
    /// </summary>
    public int Order => 100;

    public Task<Reply?> TryHandleAsync(ChatContext chat, string text, CancellationToken cancellationToken) =>
        Task.FromResult<Reply?>(ScheduleIntent.TryParse(text) is { } intent ? schedule.For(intent) : null);
}
