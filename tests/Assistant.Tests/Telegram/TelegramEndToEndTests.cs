using Assistant.Bookmarks;
using Assistant.Conversation;
using Assistant.ProgramData;
using Assistant.Search;
using Assistant.Storage;
using Assistant.Telegram;
using Assistant.Tests.Telegram.FakeBotApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Assistant.Tests.Telegram;

/// <summary>
/// The real host with the real program (data/abstract-book.txt), search and conversation engine behind the Telegram
/// front-end; only the Bot API is fake. What a user types goes in through getUpdates, and what the bot sends is asserted.
/// </summary>
public sealed class TelegramEndToEndTests : IAsyncLifetime
{
    private const long ChatId = 5150;
    private FakeBotApiServer api = null!;
    private readonly string stateDir = Directory.CreateTempSubdirectory("assistant-telegram-e2e-").FullName;
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(60));

    public async Task InitializeAsync() => api = await FakeBotApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        Assert.Empty(api.Errors);
        await api.DisposeAsync();
        timeout.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(stateDir, recursive: true); } catch (IOException) { }
    }

    private IHost BuildHost()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = api.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Telegram:InitialBackoff"] = "00:00:00.020",
            ["Telegram:MaxBackoff"] = "00:00:00.100",
            ["Telegram:AutoRetryThresholdSeconds"] = "1",
            ["Storage:DatabasePath"] = Path.Combine(stateDir, "assistant.db"),
        });
        // As in Program.cs, Telegram branch.
        builder.AddProgramData();
        builder.AddSearch();
        builder.AddConversation();
        builder.AddStorage();
        builder.AddBookmarks();
        builder.AddTelegram();
        return builder.Build();
    }

    [Fact]
    public async Task A_talk_code_is_answered_with_its_card_in_escaped_html_with_buttons_despite_bot_api_errors()
    {
        api.FailNext("getUpdates", FakeFailure.ServerError(), times: 2);
        api.FailNext("sendMessage", FakeFailure.TooManyRequests(retryAfter: 1));
        using var host = BuildHost();
        await host.StartAsync(timeout.Token);

        api.EnqueueMessage(ChatId, "A4-1");
        var card = await api.WaitForRequestAsync("sendMessage", r => r.Failure is null && r.ChatId == ChatId, TimeSpan.FromSeconds(30));

        Assert.StartsWith("<code>A4-1</code><b> Importance Sparsification for Sinkhorn Algorithm</b>", card.Text);
        Assert.Equal("HTML", card.ParseMode, ignoreCase: true);
        Assert.Null(TelegramHtml.Problem(card.Text!));
        Assert.NotEmpty(card.InlineKeyboard);
        Assert.All(card.InlineKeyboard.SelectMany(row => row), b => Assert.True(CallbackData.TryParse(b.CallbackData, out _), b.CallbackData));
        Assert.Equal(2, api.RequestsFor("getUpdates").Count(r => r.Failure is not null));
        Assert.Equal(429, api.RequestsFor("sendMessage")[0].Failure?.StatusCode);

        // Pressing the card's first button is answered (no spinner left) and brings its reply.
        api.ClearRequests();
        var button = card.InlineKeyboard[0][0];
        var query = api.EnqueueCallbackQuery(ChatId, button.CallbackData);
        var answer = await api.WaitForRequestAsync("answerCallbackQuery");
        var next = await api.WaitForRequestAsync("sendMessage", r => r.ChatId == ChatId);
        await host.StopAsync(timeout.Token);

        Assert.Equal(query, answer.String("callback_query_id"));
        Assert.Contains("A4-1", next.Text);
        Assert.Null(TelegramHtml.Problem(next.Text!));
    }

    [Fact]
    public async Task Markup_typed_by_a_user_comes_back_escaped_and_a_forged_button_is_still_answered()
    {
        using var host = BuildHost();
        await host.StartAsync(timeout.Token);
        var menu = await api.WaitForRequestAsync("setMyCommands", timeout: TimeSpan.FromSeconds(30));

        api.EnqueueMessage(ChatId, "<script>alert('x')</script> & Sinkhorn");
        var reply = await api.WaitForRequestAsync("sendMessage", r => r.ChatId == ChatId, TimeSpan.FromSeconds(30));
        var forged = api.EnqueueCallbackQuery(ChatId, "card:no-such-talk-\u0000");
        var answer = await api.WaitForRequestAsync("answerCallbackQuery", r => r.String("callback_query_id") == forged);
        await host.StopAsync(timeout.Token);

        Assert.DoesNotContain("<script>", reply.Text);
        Assert.Null(TelegramHtml.Problem(reply.Text!));
        Assert.Contains("\"command\":\"talk\"", menu["commands"]!.ToJsonString());
        Assert.Equal(TalkCallbacks.OutOfDate, answer.String("text"));
    }

    [Fact]
    public async Task Bookmarking_from_the_card_and_asking_for_the_calendar_sends_an_ics_document()
    {
        using var host = BuildHost();
        await host.StartAsync(timeout.Token);

        api.EnqueueMessage(ChatId, "A4-1");
        var card = await api.WaitForRequestAsync("sendMessage", r => r.ChatId == ChatId, TimeSpan.FromSeconds(30));
        var bookmark = card.InlineKeyboard.SelectMany(row => row).First(b => b.CallbackData!.StartsWith("bm:", StringComparison.Ordinal));
        var query = api.EnqueueCallbackQuery(ChatId, bookmark.CallbackData);
        await api.WaitForRequestAsync("answerCallbackQuery", r => r.String("callback_query_id") == query);
        api.EnqueueMessage(ChatId, "/agenda_ics");
        var document = await api.WaitForRequestAsync("sendDocument", r => r.ChatId == ChatId);
        await host.StopAsync(timeout.Token);

        var file = Assert.Single(document.Files);
        Assert.EndsWith(".ics", file.FileName);
        Assert.Contains("BEGIN:VCALENDAR", System.Text.Encoding.UTF8.GetString(file.Content));
        Assert.Contains("Sinkhorn", System.Text.Encoding.UTF8.GetString(file.Content));
    }
}
