using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.ProgramData;

/// <summary>
/// Reloads the program when its files change (when <see cref="ProgramOptions.WatchFiles"/> is on), after a quiet
/// second, because editors save in bursts. Taking the provider in the constructor also makes the host load the
/// program before any other hosted service starts.
/// </summary>
public sealed class ProgramFileWatcher(
    IProgramReloader reloader,
    IOptions<ProgramOptions> options,
    TimeProvider time,
    ILogger<ProgramFileWatcher> logger) : IHostedService, IDisposable
{
    public static readonly TimeSpan Debounce = TimeSpan.FromSeconds(1);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly CancellationTokenSource _stopping = new();
    private ITimer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.WatchFiles)
            return Task.CompletedTask;

        _timer = time.CreateTimer(_ => _ = ReloadAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        foreach (var file in ProgramLoader.SourceFiles(options.Value))
        {
            var directory = Path.GetDirectoryName(file);
            if (directory is null || !Directory.Exists(directory))
                continue;
            var watcher = new FileSystemWatcher(directory, Path.GetFileName(file))
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            watcher.Changed += OnFileEvent;
            watcher.Created += OnFileEvent;
            watcher.Renamed += OnFileEvent;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
            logger.LogDebug("Watching {File} for program changes", file);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        foreach (var watcher in _watchers)
            watcher.EnableRaisingEvents = false;
        _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
            watcher.Dispose();
        _timer?.Dispose();
        _stopping.Dispose();
    }

    private void OnFileEvent(object sender, FileSystemEventArgs e)
    {
        logger.LogDebug("Program file {File} changed ({Change})", e.FullPath, e.ChangeType);
        _timer?.Change(Debounce, Timeout.InfiniteTimeSpan);
    }

    private async Task ReloadAsync()
    {
        try
        {
            var result = await reloader.ReloadAsync(_stopping.Token);
            if (result.Succeeded)
                logger.LogInformation("Program file change applied");
            else
                logger.LogWarning("Program file change rejected, the previous program stays in force: {Error}", result.Error);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "Program reload after a file change failed");
        }
    }
}
