using System.Threading.Channels;
using Assistant.ProgramData;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.Reminders;

/// <summary>
/// Reconciles reminder jobs at start-up and after every program change (after the change notices are queued).
/// Program changes are handled one at a time, in order, off the thread that raised the event.
/// </summary>
public sealed partial class ReminderCoordinator : BackgroundService
{
    private readonly IProgramProvider _programs;
    private readonly ReminderScheduler _scheduler;
    private readonly ScheduleChangeNotifier _notifier;
    private readonly ILogger<ReminderCoordinator> _logger;
    private readonly Channel<ProgramChangedEventArgs> _changes = Channel.CreateUnbounded<ProgramChangedEventArgs>(new() { SingleReader = true });

    public ReminderCoordinator(IProgramProvider programs, ReminderScheduler scheduler, ScheduleChangeNotifier notifier, ILogger<ReminderCoordinator> logger)
    {
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

    private void OnChanged(object? sender, ProgramChangedEventArgs e) => _changes.Writer.TryWrite(e);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await ReconcileAsync(stoppingToken);
        await foreach (var change in _changes.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await _notifier.NotifyAsync(change.Previous, change.Current, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogChangeFailed(ex);
            }
            await ReconcileAsync(stoppingToken);
        }
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Queuing change notices failed")]
    private partial void LogChangeFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reconciling reminder jobs failed")]
    private partial void LogReconcileFailed(Exception ex);
}
