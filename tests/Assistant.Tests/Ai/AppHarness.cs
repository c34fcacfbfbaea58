using Assistant.Answers;
using Assistant.Conversation;
using Assistant.ProgramData;
using Assistant.Search;
using Assistant.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Assistant.Tests.Ai;

/// <summary>
/// The app's features as Program.cs registers them (search, conversation, storage, answers) over the real abstract
/// book, a SQLite file in a temp dir and the given AI settings; nothing faked but the program provider's file watching.
/// </summary>
internal sealed class AppHarness : IDisposable
{
    private static readonly Lazy<ConferenceProgram> RealProgram = new(() => ProgramLoader.Load(new ProgramOptions
    {
        BookPath = TestPaths.Data("abstract-book.txt"),
        SchedulePath = TestPaths.Data("schedule.json"),
    }).Program);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "assistant-tests", "app-" + Guid.NewGuid().ToString("N"));

    public AppHarness(IDictionary<string, string?>? ai = null, string? directory = null, Action<IHostApplicationBuilder>? configure = null)
    {
        _directory = directory ?? _directory;
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var settings = new Dictionary<string, string?> { ["Storage:DatabasePath"] = Path.Combine(_directory, "assistant.db") };
        foreach (var (key, value) in ai ?? new Dictionary<string, string?>()) settings["AI:" + key] = value;
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddSingleton<IProgramProvider>(new FixedProgramProvider(Program));
        builder.AddSearch();
        builder.AddConversation();
        builder.AddStorage();
        builder.AddAnswers();
        configure?.Invoke(builder);
        Host = builder.Build();
    }

    public static ConferenceProgram Program => RealProgram.Value;

    public string Directory => _directory;

    public IHost Host { get; }

    public IConversation Engine => Host.Services.GetRequiredService<IConversation>();

    public static readonly ChatContext English = new(7, 7, "en");
    public static readonly ChatContext Chinese = new(8, 8, "zh-hans");

    public Task<Reply> SayAsync(string text, ChatContext? chat = null) =>
        Engine.HandleMessageAsync(new IncomingMessage(chat ?? English, text), CancellationToken.None);

    public Task<CallbackOutcome> PressAsync(string data, ChatContext? chat = null) =>
        Engine.HandleCallbackAsync(new IncomingCallback(chat ?? English, data), CancellationToken.None);

    public void Dispose()
    {
        Host.Dispose();
        SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(_directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
