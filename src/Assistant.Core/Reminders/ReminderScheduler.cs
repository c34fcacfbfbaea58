using System.Diagnostics;
using Assistant.Messaging;
using Assistant.ProgramData;
using Assistant.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Assistant.Reminders;

/// <summary>
/// Keeps the Quartz jobs equal to the set of (talk, lead) pairs that upcoming talks' subscribers need, each firing
/// early enough for its whole fan-out (see <see cref="FanOut"/>). All pairs with the same start and lead fire at the
/// same instant, computed from their combined subscriber count, so one user's talks at one time meet in one message.
/// </summary>
public sealed partial class ReminderScheduler(
    ISchedulerFactory schedulers,
    IProgramProvider programs,
    IBookmarkStore bookmarks,
    ISubscriberCounts counts,
    TimeProvider time,
    IOptions<DispatcherOptions> dispatcher,
    IOptions<ReminderOptions> options,
    ILogger<ReminderScheduler> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Creates missing jobs, reschedules those whose fire time changed and deletes those nobody needs.</summary>
    public async Task<ReconcileResult> ReconcileAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var program = programs.Current;
            var now = time.GetUtcNow();
            // The same pairs as IBookmarkStore.DistinctTalkLeadsAsync, with their subscriber counts.
            var upcoming = (await counts.CountAsync(cancellationToken))
                .Select(c => (Count: c, Talk: program.FindById(c.TalkId)))
                .Where(x => x.Talk is not null && x.Talk.Start > now && x.Count.Subscribers > 0)
                .ToList();
            // Subscribers per (start, lead): the fan-out group that fires together.
            var groupSize = upcoming
                .GroupBy(x => (x.Talk!.Start, x.Count.LeadMinutes))
                .ToDictionary(g => g.Key, g => g.Sum(x => x.Count.Subscribers));

            var desired = new Dictionary<string, (Talk Talk, int Lead, DateTimeOffset FireAt)>(StringComparer.Ordinal);
            foreach (var (count, talk) in upcoming)
            {
                var size = groupSize[(talk!.Start, count.LeadMinutes)];
                desired[ReminderKeys.Name(talk.Id, count.LeadMinutes)] =
                    (talk, count.LeadMinutes, FanOut.FireAt(talk.Start, count.LeadMinutes, size, dispatcher.Value.GlobalPerSecond));
            }

            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var existing = (await scheduler.QueryTriggers(
                    new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(ReminderKeys.Group), Take = PagedQuery.All },
                    cancellationToken)).Items
                .ToDictionary(t => t.Key.Name, t => t.NextFireTimeUtc, StringComparer.Ordinal);

            var tolerance = options.Value.RescheduleTolerance;
            var toSchedule = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
            int created = 0, moved = 0;
            foreach (var (name, (talk, lead, fireAt)) in desired)
            {
                // Never in the past: Quartz leaves a trigger more than its misfire threshold overdue to the next
                // misfire scan (up to a minute later); one at now fires at once.
                var at = fireAt > now ? fireAt : now;
                if (existing.TryGetValue(name, out var next))
                {
                    // A trigger already due whose fan-out time has passed (missed while the bot was down, which Quartz
                    // recovered as fire-now at start-up) is left to fire: moving it back to its past fire time made it
                    // a misfire again, so the late reminder waited for the misfire scan.
                    if (next is { } n && ((fireAt <= now && n <= now) || (n - at).Duration() <= tolerance)) continue;
                    moved++;
                }
                else
                {
                    created++;
                }
                toSchedule[BuildJob(talk.Id, lead)] = [BuildTrigger(talk.Id, lead, at)];
            }
            if (toSchedule.Count > 0)
                await scheduler.ScheduleJobs(toSchedule, ScheduleJobOptions.Replacing, cancellationToken);

            var unneeded = existing.Keys.Where(name => !desired.ContainsKey(name)).Select(name => new JobKey(name, ReminderKeys.Group)).ToList();
            if (unneeded.Count > 0) await scheduler.DeleteJobs(unneeded, cancellationToken);

            var result = new ReconcileResult(desired.Count, created, moved, unneeded.Count, stopwatch.Elapsed);
            LogReconciled(result.Jobs, result.Created, result.Rescheduled, result.Deleted, result.Elapsed.TotalMilliseconds);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Makes sure the (talk, lead) job exists and that its group fires early enough for its current size.
    /// Returns the group's fire instant; when that has passed the caller must send to a new subscriber itself,
    /// because no trigger is scheduled in the past (its fan-out already ran).
    /// </summary>
    public async Task<DateTimeOffset> EnsureAsync(Talk talk, int leadMinutes, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var program = programs.Current;
            var group = program.Talks.Where(t => t.Start == talk.Start).ToList();
            var members = new List<string>();
            var size = 0;
            foreach (var member in group)
            {
                var count = (await bookmarks.SubscribersAsync(member.Id, cancellationToken)).Count(s => s.LeadMinutes == leadMinutes);
                if (count == 0 && !string.Equals(member.Id, talk.Id, StringComparison.OrdinalIgnoreCase)) continue;
                size += count;
                members.Add(member.Id);
            }
            var fireAt = FanOut.FireAt(talk.Start, leadMinutes, Math.Max(1, size), dispatcher.Value.GlobalPerSecond);
            if (fireAt <= time.GetUtcNow()) return fireAt;

            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var current = await scheduler.GetTriggers(members.Select(id => ReminderKeys.Trigger(id, leadMinutes)).ToList(), cancellationToken);
            var byName = current.ToDictionary(t => t.Key.Name, t => t.NextFireTimeUtc, StringComparer.Ordinal);
            var toSchedule = new Dictionary<IJobDetail, IReadOnlyCollection<ITrigger>>();
            foreach (var id in members)
            {
                if (byName.TryGetValue(ReminderKeys.Name(id, leadMinutes), out var next) && next is { } n
                    && (n - fireAt).Duration() <= options.Value.RescheduleTolerance) continue;
                toSchedule[BuildJob(id, leadMinutes)] = [BuildTrigger(id, leadMinutes, fireAt)];
            }
            if (toSchedule.Count > 0)
                await scheduler.ScheduleJobs(toSchedule, ScheduleJobOptions.Replacing, cancellationToken);
            return fireAt;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Deletes the (talk, lead) job when no subscriber with that lead is left.</summary>
    public async Task RemoveIfUnusedAsync(string talkId, int leadMinutes, CancellationToken cancellationToken)
    {
        var subscribers = await bookmarks.SubscribersAsync(talkId, cancellationToken);
        if (subscribers.Any(s => s.LeadMinutes == leadMinutes)) return;
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.DeleteJob(ReminderKeys.Job(talkId, leadMinutes), cancellationToken);
    }

    /// <summary>The scheduled fire instant of the (talk, lead) job, if there is one.</summary>
    public async Task<DateTimeOffset?> NextFireAsync(string talkId, int leadMinutes, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(ReminderKeys.Trigger(talkId, leadMinutes), cancellationToken);
        return trigger?.NextFireTimeUtc;
    }

    private static IJobDetail BuildJob(string talkId, int leadMinutes) =>
        JobBuilder.Create<ReminderJob>()
            .WithIdentity(ReminderKeys.Job(talkId, leadMinutes))
            .UsingJobData(ReminderKeys.TalkIdKey, talkId)
            .UsingJobData(ReminderKeys.LeadKey, leadMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture))
            // A fan-out cut off by a crash runs again on recovery; its outbox inserts are idempotent.
            .RequestRecovery()
            .Build();

    private static ITrigger BuildTrigger(string talkId, int leadMinutes, DateTimeOffset fireAt) =>
        TriggerBuilder.Create()
            .WithIdentity(ReminderKeys.Trigger(talkId, leadMinutes))
            .ForJob(ReminderKeys.Job(talkId, leadMinutes))
            .StartAt(fireAt)
            // Missed while the bot was down: fire as soon as it is back; the job drops it if the talk has started.
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders reconciled: {Jobs} jobs ({Created} created, {Rescheduled} rescheduled, {Deleted} deleted) in {Milliseconds:0} ms")]
    private partial void LogReconciled(int jobs, int created, int rescheduled, int deleted, double milliseconds);
}

/// <summary>What a reconcile did.</summary>
public sealed record ReconcileResult(int Jobs, int Created, int Rescheduled, int Deleted, TimeSpan Elapsed);
