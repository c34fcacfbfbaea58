using Assistant.Messaging;
using Assistant.ProgramData;
using Assistant.Storage;

namespace Assistant.Reminders;

/// <summary>Keeps triggers in step with bookmark and lead-time changes, and covers reminders whose time has already come.</summary>
public sealed class ReminderPlanner(
    ReminderScheduler scheduler,
    IProgramProvider programs,
    IBookmarkStore bookmarks,
    IUserStore users,
    IOutbox outbox,
    TimeProvider time) : IReminderPlanner
{
    public async Task BookmarkAddedAsync(long chatId, Talk talk, CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(chatId, cancellationToken);
        if (user is not { IsActive: true, ReminderLeadMinutes: > 0 }) return;
        if (talk.Start <= time.GetUtcNow()) return;
        await PlanAsync(chatId, [talk], user.ReminderLeadMinutes, cancellationToken);
    }

    public async Task BookmarkRemovedAsync(long chatId, Talk talk, CancellationToken cancellationToken)
    {
        await outbox.DropAsync(chatId, OutboxKinds.Reminder, talk.Id, null, cancellationToken);
        var user = await users.FindAsync(chatId, cancellationToken);
        if (user is { ReminderLeadMinutes: > 0 })
            await scheduler.RemoveIfUnusedAsync(talk.Id, user.ReminderLeadMinutes, cancellationToken);
    }

    public async Task<string> LeadTimeChangedAsync(long chatId, int oldMinutes, int newMinutes, CancellationToken cancellationToken)
    {
        var program = programs.Current;
        var now = time.GetUtcNow();
        var talks = (await bookmarks.ListAsync(chatId, cancellationToken))
            .Select(program.FindById)
            .OfType<Talk>()
            .ToList();
        var upcoming = talks.Where(t => t.Start > now).ToList();
        var started = talks.Count - upcoming.Count;

        if (oldMinutes != newMinutes && oldMinutes > 0)
            await outbox.DropAsync(chatId, OutboxKinds.Reminder, null, oldMinutes, cancellationToken);

        var immediate = 0;
        if (newMinutes > 0) immediate = await PlanAsync(chatId, upcoming, newMinutes, cancellationToken);
        if (oldMinutes > 0 && oldMinutes != newMinutes)
            foreach (var talk in upcoming)
                await scheduler.RemoveIfUnusedAsync(talk.Id, oldMinutes, cancellationToken);

        return Describe(newMinutes, talks.Count, started, immediate);
    }

    /// <summary>Ensures triggers for the talks; queues an immediate reminder where the fan-out time has passed. Returns how many.</summary>
    private async Task<int> PlanAsync(long chatId, IReadOnlyList<Talk> talks, int lead, CancellationToken cancellationToken)
    {
        var rows = new List<OutboxMessage>();
        foreach (var talk in talks)
        {
            var fireAt = await scheduler.EnsureAsync(talk, lead, cancellationToken);
            var now = time.GetUtcNow();
            if (fireAt > now) continue;
            // Too late for the scheduled fan-out but before the start: "starts in N minutes", now. Same key as the
            // scheduled reminder, so if the job also queued it, one of the two inserts is a no-op.
            var remindAt = FanOut.RemindAt(talk.Start, lead);
            rows.Add(new OutboxMessage(chatId, OutboxKinds.Reminder, talk.Id, lead, talk.Start, "",
                remindAt > now ? remindAt : now, now));
        }
        await outbox.EnqueueAsync(rows, cancellationToken);
        return rows.Count;
    }

    internal static string Describe(int minutes, int bookmarked, int started, int immediate)
    {
        if (minutes == 0) return "Reminders are off.";
        var lead = ReminderText.Minutes(minutes);
        if (bookmarked == 0) return $"You'll be reminded {lead} before each talk you bookmark.";
        var sentence = bookmarked == 1
            ? $"You'll be reminded {lead} before your bookmarked talk"
            : $"You'll be reminded {lead} before each of your {bookmarked} bookmarked talks";
        if (started > 0)
            sentence += bookmarked == 1 ? "; it has already started" : $"; {started} {(started == 1 ? "has" : "have")} already started";
        if (immediate > 0)
            sentence += immediate == 1
                ? "; 1 starts sooner than that, so its reminder comes now"
                : $"; {immediate} start sooner than that, so their reminders come now";
        return sentence + ".";
    }
}
