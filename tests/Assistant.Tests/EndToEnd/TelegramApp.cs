using Assistant.Answers;
using Assistant.Bookmarks;
using Assistant.Conversation;
using Assistant.ProgramData;
using Assistant.Reminders;
using Assistant.Search;
using Assistant.Storage;
using Assistant.Telegram;
using Assistant.Tests.Reminders;
using Assistant.Tests.Telegram.FakeBotApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.Tests.EndToEnd;

/// <summary>
/// The bot as Program.cs composes it for Telegram (real program, search, conversation, answers, SQLite in a temp
/// directory, bookmarks, Quartz reminders, dispatcher), talking to a fake Bot API; optionally on a fake clock.
/// </summary>
internal sealed class TelegramApp : IAsyncDisposable
{
    private readonly TestDirectory directory = new();

    private TelegramApp(FakeBotApiServer api) => Api = api;

    public FakeBotApiServer Api { get; }

    public static async Task<TelegramApp> StartServerAsync() => new(await FakeBotApiServer.StartAsync());

    public IHost BuildHost(TimeProvider? time = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = Api.Token,
            ["Telegram:ApiBaseUrl"] = Api.BaseUrl.ToString(),
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Telegram:InitialBackoff"] = "00:00:00.020",
            ["Telegram:MaxBackoff"] = "00:00:00.100",
            ["Storage:DatabasePath"] = directory.Database,
            ["Dispatcher:PollInterval"] = "00:00:01",
        });
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        if (time is not null) builder.Services.AddSingleton(time);
        builder.AddProgramData();
        builder.AddSearch();
        builder.AddConversation();
        builder.AddAnswers();
        builder.AddStorage();
        builder.AddBookmarks();
        builder.AddReminders();
        builder.AddTelegram();
        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        Assert.Empty(Api.Errors);
        await Api.DisposeAsync();
        directory.Dispose();
    }
}

/// <summary>A test class with its own fake Bot API and state directory, both disposed after each test.</summary>
public abstract class TelegramAppTest(TimeSpan timeout) : IAsyncLifetime
{
    private TelegramApp? app;

    internal TelegramApp App => app ?? throw new InvalidOperationException("Not initialised.");

    protected FakeBotApiServer Api => App.Api;

    /// <summary>Bounds host start and stop, so a hung test fails instead of blocking the run.</summary>
    protected CancellationTokenSource Timeout { get; } = new(timeout);

    public async Task InitializeAsync() => app = await TelegramApp.StartServerAsync();

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        Timeout.Dispose();
    }
}
