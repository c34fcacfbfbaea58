using Assistant.ProgramData;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.ProgramData;

public sealed class ProgramFileWatcherTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("program-watch-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Editing_the_timetable_reloads_the_program_after_the_debounce()
    {
        var options = Options.Create(new ProgramOptions
        {
            BookPath = Path.Combine(_dir, "abstract-book.txt"),
            SchedulePath = Path.Combine(_dir, "schedule.json"),
        });
        File.Copy(TestPaths.Data("abstract-book.txt"), options.Value.BookPath);
        File.Copy(TestPaths.Data("schedule.json"), options.Value.SchedulePath);
        var provider = new ProgramProvider(options, _time, NullLogger<ProgramProvider>.Instance);
        using var watcher = new ProgramFileWatcher(provider, options, _time, NullLogger<ProgramFileWatcher>.Instance);
        var changed = new TaskCompletionSource<ProgramChangedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.Changed += (_, e) => changed.TrySetResult(e);
        await watcher.StartAsync(CancellationToken.None);

        await File.WriteAllTextAsync(options.Value.SchedulePath,
            RealProgram.ScheduleJson.Replace("\"code\": \"B6\", \"day\": 2, \"start\": \"16:00\"", "\"code\": \"B6\", \"day\": 2, \"start\": \"16:30\""));

        // File events arrive on the OS's schedule; the debounce runs on the fake clock, so step it until the reload lands.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!changed.Task.IsCompleted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            _time.Advance(ProgramFileWatcher.Debounce);
        }

        Assert.True(changed.Task.IsCompleted, "no reload after editing the timetable");
        var diff = ProgramDiff.Compare((await changed.Task).Previous, (await changed.Task).Current);
        Assert.Equal(["B6-1", "B6-2", "B6-3", "B6-4"], diff.Moved.Select(m => m.After.Code).Order());
        await watcher.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Nothing_is_watched_when_WatchFiles_is_off()
    {
        var options = Options.Create(new ProgramOptions
        {
            BookPath = Path.Combine(_dir, "abstract-book.txt"),
            SchedulePath = Path.Combine(_dir, "schedule.json"),
            WatchFiles = false,
        });
        File.Copy(TestPaths.Data("abstract-book.txt"), options.Value.BookPath);
        File.Copy(TestPaths.Data("schedule.json"), options.Value.SchedulePath);
        var reloader = new Moq.Mock<IProgramReloader>(Moq.MockBehavior.Strict);
        using var watcher = new ProgramFileWatcher(reloader.Object, options, _time, NullLogger<ProgramFileWatcher>.Instance);
        await watcher.StartAsync(CancellationToken.None);

        await File.AppendAllTextAsync(options.Value.SchedulePath, "\n");
        await Task.Delay(200);
        _time.Advance(TimeSpan.FromSeconds(5));

        reloader.VerifyNoOtherCalls();
        await watcher.StopAsync(CancellationToken.None);
    }
}
