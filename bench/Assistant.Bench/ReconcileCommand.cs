using System.Diagnostics;
using System.Globalization;
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

namespace Assistant.Bench;

/// <summary>
/// <c>reconcile [talks] [bookmarks]</c>: the cost of keeping Quartz in step with bookmarks on the real SQLite file and
/// Quartz store — the start-up reconcile (creates every job), a second one with nothing to do, and one after a
/// tenth of the talks moved.
/// </summary>
internal static class ReconcileCommand
{
    private static readonly int[] Leads = [5, 10, 15];

    public static async Task<int> RunAsync(string[] args)
    {
        var talkCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var bookmarkCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        const int perUser = 5;
        var directory = Path.Combine(Path.GetTempPath(), "assistant-bench", Guid.NewGuid().ToString("N"));
        var database = Path.Combine(directory, "bench.db");

        var firstStart = DateTimeOffset.UtcNow.Date.AddDays(2);
        var talks = Enumerable.Range(0, talkCount).Select(i => BenchTalk(i, new DateTimeOffset(firstStart, TimeSpan.Zero).AddMinutes(30 * (i / 100)))).ToList();
        var programs = new FixedProgramProvider(Program(talks));

        await SeedAsync(database, talks, bookmarkCount / perUser, perUser);

        var stopwatch = Stopwatch.StartNew();
        var host = Build(database, programs);
        await host.StartAsync();
        var coordinator = host.Services.GetRequiredService<ReminderCoordinator>();
        while (coordinator.Reconciles == 0) await Task.Delay(10);
        var startup = coordinator.LastReconcile!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{talkCount} talks, {bookmarkCount} bookmarks: start-up reconcile created {startup.Created} jobs in {startup.Elapsed.TotalSeconds:0.00} s (host ready after {stopwatch.Elapsed.TotalSeconds:0.00} s)"));

        var scheduler = host.Services.GetRequiredService<ReminderScheduler>();
        var idle = await scheduler.ReconcileAsync(CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reconcile with nothing to change: {idle.Jobs} jobs checked in {idle.Elapsed.TotalSeconds:0.00} s"));

        var moved = talks.Select((t, i) => i % 10 == 0 ? t with { Start = t.Start.AddHours(1), End = t.End.AddHours(1) } : t).ToList();
        programs.Current = Program(moved);
        var after = await scheduler.ReconcileAsync(CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reconcile after {talkCount / 10} talks moved: {after.Rescheduled} rescheduled in {after.Elapsed.TotalSeconds:0.00} s"));

        await host.StopAsync();
        host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        return 0;
    }

    private static IHost Build(string database, IProgramProvider programs)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Path.GetTempPath() });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = database });
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.Services.AddSingleton(programs);
        builder.Services.AddSingleton<IMessageTransport, NullTransport>();
        builder.AddStorage();
        builder.AddReminders();
        return builder.Build();
    }

    private static async Task SeedAsync(string database, IReadOnlyList<Talk> talks, int users, int perUser)
    {
        // Migrate through the real factory, then bulk-insert users and bookmarks in one transaction.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Path.GetTempPath() });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = database });
        builder.AddStorage();
        using var host = builder.Build();
        var factory = host.Services.GetRequiredService<ISqlConnectionFactory>();
        await using var connection = await factory.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        var random = new Random(42);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        for (var user = 1; user <= users; user++)
        {
            await connection.ExecuteAsync(
                "INSERT INTO users (chat_id, reminder_lead_minutes, is_active, created_at, updated_at) VALUES (@user, @lead, 1, @now, @now)",
                new { user, lead = Leads[user % Leads.Length], now }, transaction);
            foreach (var talk in Enumerable.Range(0, perUser).Select(_ => talks[random.Next(talks.Count)].Id).Distinct())
                await connection.ExecuteAsync(
                    "INSERT INTO bookmarks (chat_id, talk_id, created_at) VALUES (@user, @talk, @now)",
                    new { user, talk, now }, transaction);
        }
        await transaction.CommitAsync();
    }

    private static Talk BenchTalk(int i, DateTimeOffset start) => new(
        $"T{i}", $"T{i}", $"Talk {i}", "", "Speaker", [new Speaker("Speaker", null)], $"S{i / 100}", 1, $"Room {i % 100}", start, start.AddMinutes(25));

    private static ConferenceProgram Program(IReadOnlyList<Talk> talks) =>
        new("Bench", TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), [], [], talks);

    private sealed class FixedProgramProvider(ConferenceProgram program) : IProgramProvider
    {
        public ConferenceProgram Current { get; set; } = program;

        public event EventHandler<ProgramChangedEventArgs>? Changed { add { } remove { } }
    }

    private sealed class NullTransport : IMessageTransport
    {
        public Task SendAsync(long chatId, Reply reply, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
