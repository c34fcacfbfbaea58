using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Assistant.Messaging;
using Assistant.ProgramData;
using Assistant.Storage;
using Microsoft.Extensions.Logging;

namespace Assistant.Reminders;

/// <summary>
/// After a reload: tells everyone who bookmarked a moved or cancelled talk what changed (through the outbox) and
/// withdraws queued reminders for the old times. The scheduler's reconcile then moves the triggers.
/// </summary>
public sealed partial class ScheduleChangeNotifier(
    IBookmarkStore bookmarks,
    IOutbox outbox,
    TimeProvider time,
    ILogger<ScheduleChangeNotifier> logger)
{
    public Task<int> NotifyAsync(ConferenceProgram previous, ConferenceProgram current, CancellationToken cancellationToken) =>
        NotifyAsync(previous, current, null, cancellationToken);

    /// <summary>
    /// As <see cref="NotifyAsync(ConferenceProgram, ConferenceProgram, CancellationToken)"/>; <paramref name="sameTransaction"/>
    /// (the program snapshot update) commits in the transaction that queues the notices, so a restart either finds
    /// the notices queued and the snapshot current, or neither.
    /// </summary>
    public async Task<int> NotifyAsync(
        ConferenceProgram previous,
        ConferenceProgram current,
        Func<DbConnection, DbTransaction, CancellationToken, Task>? sameTransaction,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = new List<OutboxMessage>();
        var diff = ProgramDiff.Compare(previous, current);
        foreach (var (old, moved) in diff.Moved)
        {
            // Queued reminders for the old time must not go out; the reconcile that follows schedules the new one.
            await outbox.DropForTalkAsync(OutboxKinds.Reminder, moved.Id, keepStart: moved.Start, cancellationToken);
            if (moved.End <= now && old.End <= now) continue; // History: nobody needs to hear about it.
            var text = $"{moved.Code} “{ReminderText.Title(moved)}” moved: now {ReminderText.WhenAndWhere(current, moved)} (was {ReminderText.WhenAndWhere(previous, old)}).";
            rows.AddRange(await NoticesAsync(moved.Id, moved.Start, text, now, cancellationToken));
        }
        foreach (var old in diff.Removed)
        {
            await outbox.DropForTalkAsync(OutboxKinds.Reminder, old.Id, keepStart: null, cancellationToken);
            if (old.End <= now) continue;
            var text = $"{old.Code} “{ReminderText.Title(old)}” was cancelled: it is no longer in the program (was {ReminderText.WhenAndWhere(previous, old)}).";
            rows.AddRange(await NoticesAsync(old.Id, old.Start, text, now, cancellationToken));
        }
        var queued = sameTransaction is null
            ? await outbox.EnqueueAsync(rows, cancellationToken)
            : await outbox.EnqueueAsync(rows, sameTransaction, cancellationToken);
        LogNotified(queued);
        return queued;
    }

    private async Task<IEnumerable<OutboxMessage>> NoticesAsync(string talkId, DateTimeOffset start, string text, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The variant is the change itself, so the same change announced twice (a reload repeated) is sent once.
        var variant = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        var subscribers = await bookmarks.SubscribersAsync(talkId, cancellationToken);
        return subscribers.Select(s => new OutboxMessage(s.ChatId, OutboxKinds.Change, talkId, 0, start, variant, now, now, text));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Program change: queued {Count} change notice(s)")]
    private partial void LogNotified(int count);
}
