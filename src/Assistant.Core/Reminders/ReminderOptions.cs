using System.ComponentModel.DataAnnotations;

namespace Assistant.Reminders;

/// <summary>Reminder behaviour (section "Reminders").</summary>
public sealed class ReminderOptions
{
    public const string SectionName = "Reminders";

    /// <summary>A reminder sent this long after its time says "(sent late: the bot was offline)".</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan LateGrace { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A trigger is rescheduled on reconcile only when its fire time moves by at least this much.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RescheduleTolerance { get; set; } = TimeSpan.FromSeconds(1);
}
