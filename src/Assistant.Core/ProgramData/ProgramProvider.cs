using Assistant.ProgramData.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.ProgramData;

/// <summary>
/// Holds the program in force. Loads it in the constructor, so a broken source stops start-up with a
/// <see cref="ProgramLoadException"/> (logged once, as file:line: problem) and a half-loaded program never exists.
/// </summary>
public sealed class ProgramProvider : IProgramProvider, IProgramReloader
{
    private readonly ProgramOptions _options;
    private readonly ILogger<ProgramProvider> _logger;
    private readonly SemaphoreSlim _reloadGate = new(1, 1);

    // Fixed at start-up: with StartsIn, a reload keeps the same shift, so moving a talk by ten minutes in the file
    // moves it by ten minutes in the rehearsal instead of re-anchoring the whole day at "now".
    private readonly TimeSpan _shift;
    private ConferenceProgram _current;

    public ProgramProvider(IOptions<ProgramOptions> options, TimeProvider time, ILogger<ProgramProvider> logger)
    {
        _options = options.Value;
        _logger = logger;
        ProgramLoadResult loaded;
        try
        {
            loaded = ProgramLoader.Load(_options);
        }
        catch (ProgramLoadException e)
        {
            _logger.LogCritical("Cannot load the conference program: {Problem}", e.Message);
            throw;
        }

        // Whole seconds (rounded up, so never earlier than asked): the shifted times read cleanly in exports and logs.
        _shift = _options.StartsInDuration is { } startsIn
            ? ProgramShift.ToStartAt(loaded.Program, CeilingToSecond(time.GetUtcNow() + startsIn))
            : TimeSpan.Zero;
        _current = ProgramShift.Shift(loaded.Program, _shift);
        LogLoaded(loaded, "Loaded");
        if (_shift != TimeSpan.Zero)
            _logger.LogWarning("Rehearsal timetable: every talk moved {Shift} so the first starts at {First:u}",
                DescribeShift(_shift), _current.Talks.Min(t => t.Start));
    }

    /// <summary>"166 days 17 h 13 min earlier": a person reads this, not "-166.17:13:19"; seconds only under a minute.</summary>
    internal static string DescribeShift(TimeSpan shift)
    {
        var size = shift.Duration();
        var parts = new List<string>();
        if (size.Days > 0) parts.Add(size.Days == 1 ? "1 day" : $"{size.Days} days");
        if (size.Hours > 0) parts.Add($"{size.Hours} h");
        if (size.Minutes > 0) parts.Add($"{size.Minutes} min");
        if (parts.Count == 0) parts.Add($"{Math.Max(1, (int)Math.Round(size.TotalSeconds))} s");
        return $"{string.Join(' ', parts)} {(shift < TimeSpan.Zero ? "earlier" : "later")}";
    }

    public ConferenceProgram Current => Volatile.Read(ref _current);

    public TimeSpan Shift => _shift;

    public event EventHandler<ProgramChangedEventArgs>? Changed;

    public async Task<ProgramReloadResult> ReloadAsync(CancellationToken cancellationToken)
    {
        await _reloadGate.WaitAsync(cancellationToken);
        try
        {
            ProgramLoadResult loaded;
            try
            {
                loaded = await Task.Run(() => ProgramLoader.Load(_options), cancellationToken);
            }
            catch (ProgramLoadException e)
            {
                _logger.LogError("Program reload failed; keeping the program in force. {Problem}", e.Message);
                return ProgramReloadResult.Failure(e.Message);
            }

            var previous = Current;
            var next = ProgramShift.Shift(loaded.Program, _shift);
            if (ProgramJsonWriter.Write(previous) == ProgramJsonWriter.Write(next))
            {
                _logger.LogInformation("Program reloaded from {Source}: unchanged", loaded.Source);
                return ProgramReloadResult.Success(previous);
            }

            Volatile.Write(ref _current, next);
            var diff = ProgramDiff.Compare(previous, next);
            LogLoaded(loaded, "Reloaded");
            _logger.LogInformation("Program changes: {Added} added, {Removed} removed, {Moved} moved",
                diff.Added.Count, diff.Removed.Count, diff.Moved.Count);
            RaiseChanged(new ProgramChangedEventArgs(previous, next));
            return ProgramReloadResult.Success(next);
        }
        finally
        {
            _reloadGate.Release();
        }
    }

    private void RaiseChanged(ProgramChangedEventArgs args)
    {
        // One failing subscriber must not keep the others from hearing about the change.
        foreach (var handler in Changed?.GetInvocationList().Cast<EventHandler<ProgramChangedEventArgs>>() ?? [])
        {
            try
            {
                handler(this, args);
            }
            catch (Exception e)
            {
                _logger.LogError(e, "A Program.Changed subscriber failed");
            }
        }
    }

    private static DateTimeOffset CeilingToSecond(DateTimeOffset instant)
    {
        var remainder = instant.Ticks % TimeSpan.TicksPerSecond;
        return remainder == 0 ? instant : instant.AddTicks(TimeSpan.TicksPerSecond - remainder);
    }

    private void LogLoaded(ProgramLoadResult loaded, string verb)
    {
        foreach (var warning in loaded.Warnings)
            _logger.LogInformation("Program import: {Warning}", warning);
        var p = loaded.Program;
        _logger.LogInformation("{Verb} the program of {Name} from {Source}: {Talks} talks in {Sessions} sessions over {Days} days",
            verb, p.Name, loaded.Source, p.Talks.Count, p.Sessions.Count, p.Days.Count);
    }
}
