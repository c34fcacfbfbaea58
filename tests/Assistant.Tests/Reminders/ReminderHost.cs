using Assistant.Conversation;
using Assistant.Messaging;
using Assistant.ProgramData;
using Assistant.Reminders;
using Assistant.Storage;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Assistant.Tests.Reminders;

/// <summary>
/// The real host pieces (storage, Quartz on the SQLite file, planner, dispatcher) on a temp directory, with a fake
/// clock, a test program and a recording transport. Dispose and start another on the same directory to "restart".
/// </summary>
internal sealed class ReminderHost : IAsyncDisposable
{
    private readonly IHost _host;

    private ReminderHost(IHost host, RecordingTransport transport)
    {
        _host = host;
        Transport = transport;
    }

    public RecordingTransport Transport { get; }
    public IServiceProvider Services => _host.Services;
    public IReminderPlanner Planner => Services.GetRequiredService<IReminderPlanner>();
    public IUserStore Users => Services.GetRequiredService<IUserStore>();
    public IBookmarkStore Bookmarks => Services.GetRequiredService<IBookmarkStore>();
    public IOutbox Outbox => Services.GetRequiredService<IOutbox>();
    public ReminderScheduler Scheduler => Services.GetRequiredService<ReminderScheduler>();
    public ReminderCoordinator Coordinator => Services.GetRequiredService<ReminderCoordinator>();
    public ConferenceProgram Program => Services.GetRequiredService<IProgramProvider>().Current;

    public static async Task<ReminderHost> StartAsync(
        TestDirectory directory,
        FakeTimeProvider time,
        IProgramProvider? programs,
        RecordingTransport? transport = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        transport ??= new RecordingTransport(time);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = directory.Path,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = directory.Database,
            ["Dispatcher:PollInterval"] = "00:00:01",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.Services.AddSingleton<TimeProvider>(time);
        // No provider given: the real one (AddProgramData) reads the program file named in the settings.
        if (programs is null) builder.AddProgramData();
        else builder.Services.AddSingleton(programs);
        builder.Services.AddSingleton<IMessageTransport>(transport);
        builder.AddStorage();
        builder.AddReminders();
        services?.Invoke(builder.Services);

        var host = builder.Build();
        await host.StartAsync();
        var started = new ReminderHost(host, transport);
        await Eventually.That(() => started.Coordinator.Reconciles > 0, "the start-up reconcile");
        return started;
    }

    /// <summary>A user with the lead time who bookmarks the talks, as the bookmark command does it.</summary>
    public async Task SubscribeAsync(long chatId, int leadMinutes, params Talk[] talks)
    {
        await Users.GetOrCreateAsync(new ChatContext(chatId, chatId), CancellationToken.None);
        await Users.SetLeadTimeAsync(chatId, leadMinutes, CancellationToken.None);
        foreach (var talk in talks)
        {
            await Bookmarks.AddAsync(chatId, talk.Id, CancellationToken.None);
            await Planner.BookmarkAddedAsync(chatId, talk, CancellationToken.None);
        }
    }

    public async Task<DateTimeOffset?> NextFireAsync(string talkId, int lead) =>
        await Scheduler.NextFireAsync(talkId, lead, CancellationToken.None);

    public async Task<long> CountAsync(string table)
    {
        var connections = Services.GetRequiredService<ISqlConnectionFactory>();
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
    }

    public async Task ExecuteAsync(string sql)
    {
        var connections = Services.GetRequiredService<ISqlConnectionFactory>();
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(sql);
    }

    public async Task<IReadOnlyList<string>> JobNamesAsync()
    {
        var scheduler = await Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var page = await scheduler.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals("reminders"), Take = PagedQuery.All });
        return page.Items.Select(t => t.Key.Name).Order(StringComparer.Ordinal).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}

/// <summary>A temp directory for one test's database, deleted at the end.</summary>
internal sealed class TestDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "assistant-tests", Guid.NewGuid().ToString("N"));

    public string Database => System.IO.Path.Combine(Path, "assistant.db");

    public TestDirectory() => Directory.CreateDirectory(Path);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Waits for state instead of sleeping fixed amounts: the scheduler and dispatcher run on their own tasks.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    public static async Task That(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}.");
            await Task.Delay(10);
        }
    }

    public static async Task That(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Timed out waiting for {what}.");
            await Task.Delay(10);
        }
    }

    /// <summary>Advances the fake clock in steps until the condition holds or the clock reaches <paramref name="until"/>.</summary>
    public static async Task<bool> AdvanceUntil(FakeTimeProvider time, Func<bool> condition, DateTimeOffset until, TimeSpan step)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!condition())
        {
            if (time.GetUtcNow() >= until || DateTime.UtcNow > deadline) return condition();
            var next = time.GetUtcNow() + step;
            time.Advance(next > until ? until - time.GetUtcNow() : step);
            // Let the scheduler thread and the dispatcher see the new time before the next step.
            await Task.Delay(15);
        }
        return true;
    }

    /// <summary>
    /// Advances to <paramref name="instant"/> (where work is due) and holds the clock there until the condition holds.
    /// The due work runs on real threads: stepping on while it runs would hand it a later clock than the product asked
    /// for, so a loaded machine would look like a late product.
    /// </summary>
    public static async Task AdvanceToAndAwait(FakeTimeProvider time, DateTimeOffset instant, TimeSpan step, Func<bool> condition, string what)
    {
        await AdvanceTo(time, instant, step);
        await That(condition, what);
    }

    /// <summary>
    /// Steps the clock from <paramref name="from"/> no faster than the dispatcher keeps up: before each step, all but
    /// one of the sends a token bucket (<paramref name="rate"/> per second, <paramref name="burst"/> capacity, full at
    /// <paramref name="from"/>) allows by then must have gone out. Stepping on regardless let slow send threads on a
    /// loaded machine fall behind: sends were recorded later than their tokens, and tokens past the capacity were lost.
    /// </summary>
    public static async Task AdvanceAtPace(FakeTimeProvider time, Func<int> sent, int total, DateTimeOffset from, DateTimeOffset until, TimeSpan step, double rate, double burst)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            // "All but one" absorbs the bucket's floating-point refill; one token short never fills the bucket.
            var allowed = (int)Math.Min(total, Math.Floor(burst + (now - from).TotalSeconds * rate) - 1);
            await That(() => sent() >= allowed, $"{allowed} sends by {now:HH:mm:ss.fff}");
            if (sent() >= total || now >= until) return;
            time.Advance(until - now < step ? until - now : step);
        }
    }

    /// <summary>Advances to the instant in steps, giving background work a moment at each.</summary>
    public static async Task AdvanceTo(FakeTimeProvider time, DateTimeOffset until, TimeSpan step)
    {
        while (time.GetUtcNow() < until)
        {
            var remaining = until - time.GetUtcNow();
            time.Advance(remaining < step ? remaining : step);
            await Task.Delay(15);
        }
    }
}
