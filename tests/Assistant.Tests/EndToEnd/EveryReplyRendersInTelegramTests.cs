using Assistant.Answers;
using Assistant.Bookmarks;
using Assistant.Conversation;
using Assistant.ProgramData;
using Assistant.Reminders;
using Assistant.Search;
using Assistant.Storage;
using Assistant.Telegram;
using Assistant.Tests.Telegram.FakeBotApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.Tests.EndToEnd;

/// <summary>
/// Every kind of reply, and every kind of bad input from issue 4, through the host as Program.cs composes it for a
/// bot: each is answered with one message Telegram would accept (valid HTML, within 4,096 characters, buttons
/// with at most 64 bytes of callback data), and the bot keeps answering afterwards.
/// </summary>
public sealed class EveryReplyRendersInTelegramTests : IAsyncLifetime
{
    private const long ChatId = 777;
    private readonly string stateDir = Directory.CreateTempSubdirectory("assistant-e2e-render-").FullName;
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(300));
    private FakeBotApiServer api = null!;

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
            ["Storage:DatabasePath"] = Path.Combine(stateDir, "assistant.db"),
        });
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
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

    private static readonly string[] Inputs =
    [
        "/start", "/start talk_A4-1", "/start session_A4", "/start garbage_%%", "/help", "/talk A4-1", "/talk Z9-9", "/talk",
        "/search sinkhorn", "/search", "/session A4", "/session Q7", "/now", "/next", "/today", "/day 2", "/day 9",
        "/day two", "/rooms", "/summary A4-3", "/summary", "summarise A4-3", "Summarise session B3",
        "/bookmark A4-1", "/bookmark B4-1", "/agenda", "/unbookmark B4-1", "/remind 15", "/remind abc", "/remind -5",
        "/remind 99999", "/forget_me", "/reload", "/foo", "/foo@fake_bot", "who talks about the Sinkhorn algorithm?", "A1-1",
        "tensr network", "what's on now?", "where can I get lunch?", "room 3 after lunch", "main hall day 2", "hi",
        "thanks", "<b>hi</b>", "<script>alert(1)</script>", "a < b & c > d", "你好，有关于最优传输的报告吗？", "😀🎉",
        "   ", new string('x', 4000), string.Concat(Enumerable.Repeat("optimal transport ", 220)),
    ];

    [Fact]
    public async Task Every_reply_is_one_message_that_Telegram_accepts()
    {
        using var host = BuildHost();
        await host.StartAsync(timeout.Token);
        var problems = new List<string>();

        foreach (var input in Inputs)
        {
            var before = api.RequestsFor("sendMessage").Count;
            api.EnqueueMessage(ChatId, input);
            IReadOnlyList<FakeBotApiRequest> sent;
            try
            {
                sent = await api.WaitForRequestsAsync("sendMessage", before + 1, r => r.ChatId == ChatId, TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                problems.Add($"{Shorten(input)}: no reply");
                continue;
            }
            var reply = sent[^1];
            var text = reply.Text ?? "";
            if (TelegramHtml.Problem(text) is { } problem) problems.Add($"{Shorten(input)}: {problem}");
            if (string.IsNullOrWhiteSpace(text)) problems.Add($"{Shorten(input)}: empty reply");
            foreach (var button in reply.InlineKeyboard.SelectMany(row => row))
            {
                if (System.Text.Encoding.UTF8.GetByteCount(button.CallbackData ?? "") > 64) problems.Add($"{Shorten(input)}: callback data over 64 bytes");
                if (string.IsNullOrWhiteSpace(button.Text)) problems.Add($"{Shorten(input)}: a button without a label");
            }
        }

        // Still alive after all of it.
        api.EnqueueMessage(ChatId, "A4-1");
        var last = await api.WaitForRequestAsync("sendMessage", r => r.ChatId == ChatId && r.Text!.Contains("Sinkhorn"), TimeSpan.FromSeconds(30));
        await host.StopAsync(timeout.Token);

        Assert.NotNull(last);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string Shorten(string input) => input.Length > 40 ? $"{input[..40]}… ({input.Length} chars)" : input;
}
