using Assistant.Bookmarks;
using Assistant.Conversation;
using Assistant.ProgramData;
using Assistant.Reminders;
using Assistant.Search;
using Assistant.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Bookmarks;

/// <summary>
/// The bookmark feature as the app registers it (AddStorage + AddBookmarks) over a real SQLite file in a temp dir,
/// with a hand-built program, a fake clock and optionally a planner or search stand-in.
/// </summary>
internal sealed class BookmarksHarness : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "assistant-tests", Guid.NewGuid().ToString("N"));
    private readonly IHost _host;

    public static readonly ChatContext Alice = new(1001, 1001, "en", "Alice");

    public BookmarksHarness(
        IReminderPlanner? planner = null,
        ITalkSearch? search = null,
        ConferenceProgram? program = null,
        Action<IServiceCollection>? registerAfter = null)
    {
        Programs = new FakeProgramProvider(program ?? TestProgram.Create());
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = Path.Combine(_directory, "assistant.db"),
        });
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddSingleton<IProgramProvider>(Programs);
        if (planner is not null) builder.Services.AddSingleton(planner);
        if (search is not null) builder.Services.AddSingleton(search);
        builder.AddStorage();
        builder.AddBookmarks();
        registerAfter?.Invoke(builder.Services);
        _host = builder.Build();
    }

    /// <summary>Before the conference: 19 May 2026, 08:00 in Shanghai.</summary>
    public FakeTimeProvider Time { get; } = new(TestProgram.Local(19, 8, 0));

    public FakeProgramProvider Programs { get; }

    public IServiceProvider Services => _host.Services;

    public IBookmarkStore Bookmarks => Services.GetRequiredService<IBookmarkStore>();

    public IUserStore Users => Services.GetRequiredService<IUserStore>();

    public ITalkCardButtons CardButtons => Services.GetServices<ITalkCardButtons>().OfType<ITalkCardButtons>().Single();

    /// <summary>Routes "/name args" to the registered command, as the engine does.</summary>
    public Task<Reply> SendAsync(string line, ChatContext? chat = null)
    {
        var text = line.TrimStart('/');
        var space = text.IndexOf(' ');
        var (name, args) = space < 0 ? (text, "") : (text[..space], text[(space + 1)..]);
        var command = Services.GetServices<IChatCommand>().Single(c => c.Name == name);
        return command.ExecuteAsync(chat ?? Alice, args, CancellationToken.None);
    }

    /// <summary>Routes a button's callback data to the registered action, as the engine does.</summary>
    public Task<CallbackOutcome> PressAsync(string data, ChatContext? chat = null)
    {
        Assert.True(CallbackData.TryParse(data, out var parsed), $"'{data}' is not valid callback data");
        var action = Services.GetServices<ICallbackAction>().Single(a => a.Action == parsed.Action);
        return action.ExecuteAsync(chat ?? Alice, parsed.Argument, CancellationToken.None);
    }

    public void Dispose()
    {
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
    }
}

internal static class ReplyExtensions
{
    public static IEnumerable<ReplyButton> AllButtons(this Reply reply) => reply.Buttons.SelectMany(r => r);
}
