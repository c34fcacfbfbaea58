using Assistant.Hosting;
using Assistant.ProgramData;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Assistant.ProgramData.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.ProgramData;

public sealed class ProgramProviderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("program-tests-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));

    public ProgramProviderTests()
    {
        File.Copy(TestPaths.Data("abstract-book.txt"), BookPath);
        File.Copy(TestPaths.Data("schedule.json"), SchedulePath);
    }

    private string BookPath => Path.Combine(_dir, "abstract-book.txt");
    private string SchedulePath => Path.Combine(_dir, "schedule.json");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Provider_loads_book_and_timetable_from_the_configured_paths()
    {
        var provider = CreateProvider(new ProgramOptions { BookPath = BookPath, SchedulePath = SchedulePath });

        Assert.Equal(66, provider.Current.Talks.Count);
        Assert.Equal("Mathematics of Machine Learning 2027", provider.Current.Name);
    }

    [Fact]
    public void StartsIn_shifts_the_timetable_so_the_first_talk_starts_that_long_after_now()
    {
        var original = CreateProvider(new ProgramOptions { BookPath = BookPath, SchedulePath = SchedulePath }).Current;

        var shifted = CreateProvider(new ProgramOptions { BookPath = BookPath, SchedulePath = SchedulePath, StartsIn = "3m" }).Current;

        var first = shifted.Talks.MinBy(t => t.Start)!;
        Assert.Equal("P1", first.Code);
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromMinutes(3), first.Start);
        var delta = first.Start - original.FindByCode("P1")!.Start;
        Assert.All(shifted.Talks, t => Assert.Equal(original.FindById(t.Id)!.Start + delta, t.Start));
        Assert.All(shifted.Talks, t => Assert.Equal(original.FindById(t.Id)!.Duration, t.Duration));
        Assert.Equal(new DateOnly(2026, 12, 4), shifted.FindDay(1)!.Date);
        Assert.Equal(new DateOnly(2026, 12, 5), shifted.FindDay(2)!.Date);
    }

    [Fact]
    public void StartsIn_anchor_is_rounded_up_to_a_whole_second()
    {
        _time.Advance(TimeSpan.FromMilliseconds(1234));

        var shifted = CreateProvider(new ProgramOptions { BookPath = BookPath, SchedulePath = SchedulePath, StartsIn = "90s" }).Current;

        Assert.Equal(new DateTimeOffset(2026, 12, 4, 8, 1, 32, TimeSpan.Zero), shifted.FindByCode("P1")!.Start);
    }

    [Fact]
    public void Broken_schedule_stops_the_provider_with_file_and_line()
    {
        File.WriteAllText(SchedulePath, "{\n  \"conference\": \"X\",\n  \"days\": [ { \"day\": 1, \"date\": \"2027-05-20\" } \n}");

        var e = Assert.Throws<ProgramLoadException>(() =>
            CreateProvider(new ProgramOptions { BookPath = BookPath, SchedulePath = SchedulePath }));

        Assert.StartsWith($"{SchedulePath}:4:", e.Message);
    }

    [Fact]
    public void Missing_book_names_the_configured_path()
    {
        var e = Assert.Throws<ProgramLoadException>(() =>
            CreateProvider(new ProgramOptions { BookPath = "no/such/book.txt", SchedulePath = SchedulePath }));

        Assert.StartsWith("no/such/book.txt: file not found", e.Message);
    }

    [Fact]
    public async Task Host_with_a_broken_program_file_fails_to_start_with_the_message()
    {
        File.WriteAllText(SchedulePath, RealProgram.ScheduleJson.Replace("\"code\": \"B6\"", "\"code\": \"B7\""));
        using var host = BuildHost(("Program:BookPath", BookPath), ("Program:SchedulePath", SchedulePath));

        var e = await Assert.ThrowsAsync<ProgramLoadException>(() => host.StartAsync());

        Assert.Contains($"{SchedulePath}:", e.Message);
        Assert.Contains("session B7 has no talks", e.Message);
    }

    [Fact]
    public async Task Host_failure_is_logged_once_as_a_critical_file_line_problem()
    {
        File.WriteAllText(SchedulePath, "{\n  \"conference\": \"X\",\n  oops\n}");
        var logs = new CapturingLoggerProvider();
        using var host = BuildHost(logs, ("Program:BookPath", BookPath), ("Program:SchedulePath", SchedulePath));

        await Assert.ThrowsAsync<ProgramLoadException>(() => host.StartAsync());

        var critical = Assert.Single(logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.StartsWith($"Cannot load the conference program: {SchedulePath}:3:3:", critical.Message);
    }

    [Fact]
    public void ProgramJsonPath_replaces_book_and_timetable()
    {
        var jsonPath = Path.Combine(_dir, "program.json");
        File.WriteAllText(jsonPath, ProgramJsonWriter.Write(RealProgram.Program).Replace("Mathematics of Machine Learning 2027", "From JSON"));

        var provider = CreateProvider(new ProgramOptions { BookPath = "missing.txt", SchedulePath = "missing.json", ProgramJsonPath = jsonPath });

        Assert.Equal("From JSON", provider.Current.Name);
        Assert.Equal(66, provider.Current.Talks.Count);
    }

    [Fact]
    public async Task Host_starts_with_the_shipped_files_and_serves_the_program()
    {
        using var host = BuildHost(("Program:BookPath", BookPath), ("Program:SchedulePath", SchedulePath), ("Program:WatchFiles", "false"));

        await host.StartAsync();

        Assert.Equal(66, host.Services.GetRequiredService<IProgramProvider>().Current.Talks.Count);
        Assert.Same(host.Services.GetRequiredService<IProgramProvider>(), host.Services.GetRequiredService<IProgramReloader>());
        Assert.Contains(host.Services.GetServices<ICliCommand>(), c => c.Verb == "export-program");
        await host.StopAsync();
    }

    [Fact]
    public async Task Bad_StartsIn_setting_fails_start_up_naming_the_setting()
    {
        using var host = BuildHost(("Program:BookPath", BookPath), ("Program:SchedulePath", SchedulePath), ("Program:StartsIn", "soon"));

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Program:StartsIn", e.Message);
    }

    [Fact]
    public async Task Reload_replaces_the_program_and_raises_Changed()
    {
        var provider = CreateProvider(new ProgramOptions { BookPath = BookPath, SchedulePath = SchedulePath });
        ProgramChangedEventArgs? raised = null;
        provider.Changed += (_, e) => raised = e;
        File.WriteAllText(SchedulePath, RealProgram.ScheduleJson.Replace("\"start\": \"09:00\", \"room\": \"Room 1\"", "\"start\": \"09:30\", \"room\": \"Room 1\""));

        var result = await provider.ReloadAsync(CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.NotNull(raised);
        Assert.Same(provider.Current, raised.Current);
        Assert.Same(result.Program, provider.Current);
        var diff = ProgramDiff.Compare(raised.Previous, raised.Current);
        Assert.Equal(["A4-1", "A4-2", "A4-3", "A4-4"], diff.Moved.Select(m => m.After.Code).Order());
    }

    [Fact]
    public async Task Failed_reload_keeps_the_old_program_and_raises_nothing()
    {
        var provider = CreateProvider(new ProgramOptions { BookPath = BookPath, SchedulePath = SchedulePath });
        var before = provider.Current;
        var raised = false;
        provider.Changed += (_, _) => raised = true;
        File.WriteAllText(SchedulePath, "{ \"conference\": ");

        var result = await provider.ReloadAsync(CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.StartsWith(SchedulePath + ":1:", result.Error);
        Assert.Same(before, provider.Current);
        Assert.False(raised);
    }

    [Fact]
    public async Task Reload_of_unchanged_files_raises_nothing()
    {
        var provider = CreateProvider(new ProgramOptions { BookPath = BookPath, SchedulePath = SchedulePath });
        var raised = false;
        provider.Changed += (_, _) => raised = true;

        var result = await provider.ReloadAsync(CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.False(raised);
    }

    [Fact]
    public async Task Reload_with_StartsIn_keeps_the_start_up_shift()
    {
        var provider = CreateProvider(new ProgramOptions { BookPath = BookPath, SchedulePath = SchedulePath, StartsIn = "10m" });
        var firstBefore = provider.Current.FindByCode("P1")!.Start;
        _time.Advance(TimeSpan.FromMinutes(5));
        File.WriteAllText(SchedulePath, RealProgram.ScheduleJson.Replace("\"code\": \"P2\", \"day\": 1, \"start\": \"09:15\"", "\"code\": \"P2\", \"day\": 1, \"start\": \"09:20\""));

        await provider.ReloadAsync(CancellationToken.None);

        Assert.Equal(firstBefore, provider.Current.FindByCode("P1")!.Start);
        Assert.Equal(firstBefore + TimeSpan.FromMinutes(50), provider.Current.FindByCode("P2")!.Start);
    }

    [Fact]
    public void Relative_paths_fall_back_to_the_application_directory()
    {
        // The test binary's directory holds data/ (copied by the Assistant project), the current directory need not.
        var resolved = ProgramPaths.Resolve("data/abstract-book.txt");

        Assert.True(File.Exists(resolved), resolved);
    }

    [Fact]
    public void The_rehearsal_warning_says_how_far_the_talks_moved_in_words()
    {
        var logger = new WarningLog();

        _ = new ProgramProvider(Options.Create(new ProgramOptions { BookPath = BookPath, SchedulePath = SchedulePath, StartsIn = "3m" }), _time, logger);

        var warning = Assert.Single(logger.Warnings);
        Assert.Matches(@"^Rehearsal timetable: every talk moved \d+ days \d+ h \d+ min earlier so the first starts at ", warning);
    }

    [Theory]
    [InlineData(-166, 17, 13, 19, "166 days 17 h 13 min earlier")]
    [InlineData(1, 0, 5, 0, "1 day 5 min later")]
    [InlineData(0, 0, 0, 30, "30 s later")]
    public void DescribeShift_reads_like_a_person_would_say_it(int days, int hours, int minutes, int seconds, string expected)
    {
        var size = new TimeSpan(Math.Abs(days), hours, minutes, seconds);

        Assert.Equal(expected, ProgramProvider.DescribeShift(days < 0 ? -size : size));
    }

    private sealed class WarningLog : ILogger<ProgramProvider>
    {
        public List<string> Warnings { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning) Warnings.Add(formatter(state, exception));
        }
    }

    private ProgramProvider CreateProvider(ProgramOptions options) =>
        new(Options.Create(options), _time, NullLogger<ProgramProvider>.Instance);

    private IHost BuildHost(params (string Key, string Value)[] settings) => BuildHost(null, settings);

    private IHost BuildHost(ILoggerProvider? logs, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        if (logs is not null)
            builder.Logging.AddProvider(logs);
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.AddProgramData();
        return builder.Build();
    }
}

/// <summary>Collects log entries so a test can assert what an operator would read.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly List<(LogLevel Level, string Category, string Message)> _entries = [];

    public IReadOnlyList<(LogLevel Level, string Category, string Message)> Entries
    {
        get { lock (_entries) return _entries.ToList(); }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (owner._entries)
                owner._entries.Add((logLevel, category, formatter(state, exception)));
        }
    }
}
