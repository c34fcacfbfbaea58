using Assistant.Telegram;
using Assistant.Tests.Telegram.FakeBotApi;
using Microsoft.Extensions.Configuration;

namespace Assistant.Tests.Ai;

/// <summary>
/// Everything real from Telegram to the model: the Telegram front-end polls the fake Bot API, the engine routes the
/// message, Semantic Kernel calls the loopback OpenAI-compatible server, and the reply goes back through sendMessage.
/// </summary>
public sealed class TelegramWithModelTests : IAsyncLifetime
{
    private const long ChatId = 5151;
    private readonly FakeOpenAiServer _model = new();
    private FakeBotApiServer _telegram = null!;
    private AppHarness _app = null!;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(30));

    public async Task InitializeAsync()
    {
        _telegram = await FakeBotApiServer.StartAsync();
        _app = new AppHarness(
            new Dictionary<string, string?>
            {
                ["Provider"] = "OpenAICompatible",
                ["Endpoint"] = _model.BaseUrl.ToString(),
                ["ChatModel"] = "test-chat-model",
                ["ApiKey"] = "sk-loopback-test",
            },
            configure: builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Telegram:BotToken"] = _telegram.Token,
                    ["TELEGRAM_BOT_TOKEN"] = null,
                    ["Telegram:ApiBaseUrl"] = _telegram.BaseUrl.ToString(),
                    ["Telegram:PollingTimeoutSeconds"] = "1",
                    ["Telegram:InitialBackoff"] = "00:00:00.020",
                    ["Telegram:MaxBackoff"] = "00:00:00.100",
                    ["Telegram:RequestTimeout"] = "00:00:05",
                    ["Telegram:AutoRetryThresholdSeconds"] = "1",
                });
                builder.AddTelegram();
            });
        await _app.Host.StartAsync(_timeout.Token);
    }

    [Fact]
    public async Task A_summary_request_in_telegram_is_answered_by_the_model_and_the_button_is_served_from_the_cache()
    {
        _model.ChatReply = _ => "Proximal point algorithms <fast> & accurate for optimal transport.";

        _telegram.EnqueueMessage(ChatId, "summarise A4-3");
        var sent = await _telegram.WaitForRequestAsync("sendMessage", r => r.ChatId == ChatId && r.Text!.Contains("Proximal point algorithms"));
        _telegram.EnqueueCallbackQuery(ChatId, "sum:A4-3");
        await _telegram.WaitForRequestsAsync("sendMessage", 2, r => r.ChatId == ChatId && r.Text!.Contains("Proximal point algorithms"));

        Assert.Contains("Proximal point algorithms &lt;fast&gt; &amp; accurate", sent.Text);
        Assert.Single(_model.ChatRequests);
    }

    [Fact]
    public async Task A_question_is_answered_by_the_model_with_cited_talk_buttons()
    {
        _model.ChatReply = _ => "[A4-3] covers proximal point algorithms; [Q9-9] does not exist.";

        _telegram.EnqueueMessage(ChatId, "Which talk is about proximal point algorithms?");
        var sent = await _telegram.WaitForRequestAsync("sendMessage", r => r.ChatId == ChatId);

        Assert.Equal("[A4-3] covers proximal point algorithms; does not exist.", sent.Text);
        Assert.Contains(sent.InlineKeyboard.SelectMany(r => r), b => b.CallbackData == "card:A4-3");
        Assert.Contains("semismooth Newton", Assert.Single(_model.ChatRequests).MessageContent(1));
    }

    [Fact]
    public async Task A_chinese_question_naming_an_english_topic_is_answered_in_chinese()
    {
        _model.ChatReply = r => r.MessageContent(0).Contains("Simplified Chinese") ? "[A4-3] 讨论了近端点算法。" : "wrong language";

        _telegram.EnqueueMessage(ChatId, "有没有关于 proximal point algorithms 的报告？", languageCode: "zh-hans");
        var sent = await _telegram.WaitForRequestAsync("sendMessage", r => r.ChatId == ChatId);

        Assert.Equal("[A4-3] 讨论了近端点算法。", sent.Text);
        Assert.Contains(sent.InlineKeyboard.SelectMany(r => r), b => b.CallbackData == "card:A4-3");
    }

    public async Task DisposeAsync()
    {
        await _app.Host.StopAsync(_timeout.Token);
        _app.Dispose();
        Assert.Empty(_telegram.Errors);
        await _telegram.DisposeAsync();
        await _model.DisposeAsync();
        _timeout.Dispose();
    }
}
