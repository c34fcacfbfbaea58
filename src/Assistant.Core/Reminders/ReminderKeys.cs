using Quartz;

namespace Assistant.Reminders;

/// <summary>Quartz identities: one job and one trigger per (talk, lead time), e.g. "reminder.A4-1.10" in group "reminders".</summary>
internal static class ReminderKeys
{
    public const string Group = "reminders";
    public const string TalkIdKey = "talk";
    public const string LeadKey = "lead";

    public static string Name(string talkId, int leadMinutes) => $"reminder.{talkId}.{leadMinutes}";

    public static JobKey Job(string talkId, int leadMinutes) => new(Name(talkId, leadMinutes), Group);

    public static TriggerKey Trigger(string talkId, int leadMinutes) => new(Name(talkId, leadMinutes), Group);
}
