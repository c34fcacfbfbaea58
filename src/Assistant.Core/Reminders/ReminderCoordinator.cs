using System.Data.Common;
using System.Threading.Channels;
using Assistant.ProgramData;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.Reminders;

/// <summary>
/// Reconciles reminder jobs at start-up and after every program change (after the change notices are queued).
/// Program changes are handled one at a time, in order, off the thread that raised the event. At start-up, changes
/// made while the bot was down are announced by diffing the stored <see cref="ProgramSnapshotStore">snapshot</see>
/// against the program in force; every announcement updates the snapshot in the transaction that queues it.
/// </summary>
public sealed partial class ReminderCoordinator : BackgroundService
{
    private readonly IProgramProvider _programs;
    private readonly ReminderScheduler _scheduler;
    private readonly ScheduleChangeNotifier _notifier;
    private readonly ProgramSnapshotStore _snapshot;
    private readonly ILogger<ReminderCoordinator> _logger;
    private readonly Channel<ProgramChangedEventArgs> _changes = Channel.CreateUnbounded<ProgramChangedEventArgs>(new() { SingleReader = true });

    public ReminderCoordinator(IProgramProvider programs, ReminderScheduler scheduler, ScheduleChangeNotifier notifier,
        ProgramSnapshotStore snapshot, ILogger<ReminderCoordinator> logger)
    {
        _snapshot = snapshot;
        _programs = programs;
        _scheduler = scheduler;
        _notifier = notifier;
        _logger = logger;
        _programs.Changed += OnChanged;
    }

    /// <summary>Completed reconciles since start (tests wait on it).</summary>
    public int Reconciles => Volatile.Read(ref _reconciles);
    private int _reconciles;

    /// <summary>The outcome of the latest reconcile, for diagnostics and benchmarks.</summary>
    public ReconcileResult? LastReconcile { get; private set; }

    // The program the latest notices (or the start-up catch-up) brought users up to; only the reader task touches it.
    private ConferenceProgram? _announced;

    private void OnChanged(object? sender, ProgramChangedEventArgs e) => _changes.Writer.TryWrite(e);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await CatchUpAsync(stoppingToken);
        await ReconcileAsync(stoppingToken);
        await foreach (var change in _changes.Reader.ReadAllAsync(stoppingToken))
        {
            // A reload raised before the start-up catch-up read the program is already covered by it (announcing
            // it again from its own Previous would repeat or even contradict the catch-up's notices).
            if (ReferenceEquals(change.Previous, _announced))
            {
                _announced = change.Current;
                try
                {
                    // Live reload: the same notices, and the new program becomes what users were last told.
                    await _notifier.NotifyAsync(change.Previous, change.Current, SaveSnapshot(change.Current), stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogChangeFailed(ex);
                }
            }
            await ReconcileAsync(stoppingToken);
        }
    }

    /// <summary>
    /// Announces what changed while the bot was down: the stored snapshot against the program in force, through the
    /// same notifier (and outbox keys) as a live reload. The first start ever (no snapshot) stores it and tells nobody.
    /// </summary>
    /// <remarks>
    /// Exactly once: the snapshot is replaced in the transaction that queues the notices, so a restart after the
    /// commit diffs against the new snapshot (nothing to say), and one before it queued nothing. Even without that,
    /// outside rehearsals the repeat would compose the same text and so the same outbox key (its variant is the
    /// text's hash), which the outbox and delivery log refuse; in a rehearsal the text carries that start's shift,
    /// which is why the transaction, not the key, is what guarantees it. Rehearsal times are compared unshifted
    /// (see <see cref="ProgramSnapshotStore"/>), so a rehearsal restart without a file change announces nothing.
    /// </remarks>
    private async Task CatchUpAsync(CancellationToken stoppingToken)
    {
        try
        {
            var current = _announced = _programs.Current;
            var shift = _programs.Shift;
            var previous = await _snapshot.LoadAsync(current, shift, stoppingToken);
            if (previous is null)
            {
                await _snapshot.SaveAsync(current, shift, stoppingToken);
                LogFirstSnapshot(current.Talks.Count);
                return;
            }
            await _notifier.NotifyAsync(previous, current, SaveSnapshot(current), stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCatchUpFailed(ex);
        }
    }

    private Func<DbConnection, DbTransaction, CancellationToken, Task> SaveSnapshot(ConferenceProgram program)
    {
        // Read now: the shift is fixed for the process, and the snapshot is always stored unshifted.
        var shift = _programs.Shift;
        return (connection, transaction, ct) => _snapshot.SaveAsync(program, shift, connection, transaction, ct);
    }

    private async Task ReconcileAsync(CancellationToken stoppingToken)
    {
        try
        {
            LastReconcile = await _scheduler.ReconcileAsync(stoppingToken);
            Interlocked.Increment(ref _reconciles);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogReconcileFailed(ex);
        }
    }

    public override void Dispose()
    {
        _programs.Changed -= OnChanged;
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No program snapshot yet: stored the program ({Talks} talks), nobody notified")]
    private partial void LogFirstSnapshot(int talks);

    [LoggerMessage(Level = LogLevel.Error, Message = "Announcing program changes made while the bot was down failed")]
    private partial void LogCatchUpFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Error, Message = "Queuing change notices failed")]
    private partial void LogChangeFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reconciling reminder jobs failed")]
    private partial void LogReconcileFailed(Exception ex);
}
