using System.Globalization;
using Assistant.Messaging;
using Assistant.ProgramData;
using Assistant.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Assistant.Reminders;

/// <summary>
/// Fires for one (talk, lead) and queues the reminders of its fan-out group: every subscriber with that lead of every
/// talk starting at the same instant, in one transaction. Sending is the dispatcher's job.
/// </summary>
public sealed partial class ReminderJob(
    IProgramProvider programs,
    IBookmarkStore bookmarks,
    IOutbox outbox,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<ReminderJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var talkId = data.GetString(ReminderKeys.TalkIdKey) ?? "";
        var lead = int.Parse(data.GetString(ReminderKeys.LeadKey) ?? "0", CultureInfo.InvariantCulture);
        var program = programs.Current;
        var talk = program.FindById(talkId);
        var now = time.GetUtcNow();
        if (talk is null)
        {
            LogNoSuchTalk(talkId, lead);
            return;
        }
        if (talk.Start <= now)
        {
            // The reminder time passed while the bot was down and the talk has begun: a reminder now would be noise.
            LogDroppedStarted(talk.Code, lead, talk.Start, now);
            return;
        }

        var remindAt = FanOut.RemindAt(talk.Start, lead);
        var rows = new List<OutboxMessage>();
        foreach (var member in program.Talks.Where(t => t.Start == talk.Start))
        {
            foreach (var subscriber in await bookmarks.SubscribersAsync(member.Id, cancellationToken))
            {
                if (subscriber.LeadMinutes != lead) continue;
                rows.Add(new OutboxMessage(subscriber.ChatId, OutboxKinds.Reminder, member.Id, lead, member.Start, "", remindAt, now));
            }
        }
        var queued = await outbox.EnqueueAsync(rows, cancellationToken);
        if (now > remindAt + options.Value.LateGrace) LogLate(talk.Code, lead, now - remindAt, queued);
        else LogQueued(talk.Code, lead, queued, rows.Count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder job for talk {TalkId} (lead {Lead}) fired, but the talk is not in the program")]
    private partial void LogNoSuchTalk(string talkId, int lead);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped reminders for {Talk} (lead {Lead}): the talk started at {Start:u}, now is {Now:u}")]
    private partial void LogDroppedStarted(string talk, int lead, DateTimeOffset start, DateTimeOffset now);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminders for {Talk} (lead {Lead}) queued {Late} late: {Queued} message(s)")]
    private partial void LogLate(string talk, int lead, TimeSpan late, int queued);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders for {Talk} (lead {Lead}): queued {Queued} of {Total} (others already queued or sent)")]
    private partial void LogQueued(string talk, int lead, int queued, int total);
}
