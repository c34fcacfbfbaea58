using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Conversation;
using Assistant.Telegram;
using Assistant.Tests.Telegram.FakeBotApi;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Assistant.Tests.Telegram;

public sealed class TelegramUpdateHandlerTests : IAsyncLifetime
{
    private const long ChatId = 42;
    private FakeBotApiServer api = null!;
    private TelegramBotClient bot = null!;
    private readonly Mock<IConversation> conversation = new(MockBehavior.Strict);
    private readonly FakeTimeProvider time = new();
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(10));

    public async Task InitializeAsync()
    {
        api = await FakeBotApiServer.StartAsync();
        bot = TelegramTestClient.Create(api);
    }

    public async Task DisposeAsync()
    {
        Assert.Empty(api.Errors);
        await api.DisposeAsync();
        timeout.Dispose();
    }

    private TelegramUpdateHandler Handler(Action<TelegramOptions>? configure = null)
    {
        var options = TelegramTestClient.Options(configure);
        return new TelegramUpdateHandler(conversation.Object, TelegramTestClient.Sender(bot, options), options, time, NullLogger<TelegramUpdateHandler>.Instance);
    }

    private static Update Parse(JsonObject update)
    {
        update["update_id"] = 1;
        return JsonSerializer.Deserialize<Update>(update.ToJsonString(), JsonBotAPI.Options)!;
    }

    [Fact]
    public async Task A_text_message_goes_to_the_engine_with_the_telegram_chat_context_and_the_reply_is_sent_as_html()
    {
        IncomingMessage? seen = null;
        conversation.Setup(c => c.HandleMessageAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .Callback((IncomingMessage m, CancellationToken _) => seen = m)
            .ReturnsAsync(Reply.Of(TextBlock.Bold("A4-1 <Kernels>")).WithButtons([[new ReplyButton("Bookmark", "bm:A4-1")]]));

        await Handler().HandleUpdateAsync(bot, Parse(FakeUpdates.Message(ChatId, "A4-1", messageId: 7, userId: 99, languageCode: "zh-hans", firstName: "Li")), timeout.Token);

        Assert.NotNull(seen);
        Assert.Equal("A4-1", seen.Text);
        Assert.Equal(new ChatContext(ChatId, 99, "zh-hans", "Li") { FrontEnd = "telegram" }, seen.Chat);
        var sent = Assert.Single(api.RequestsFor("sendMessage"));
        Assert.Equal(ChatId, sent.ChatId);
        Assert.Equal("<b>A4-1 &lt;Kernels&gt;</b>", sent.Text);
        Assert.Equal("bm:A4-1", sent.InlineKeyboard.Single().Single().CallbackData);
    }

    [Fact]
    public async Task A_group_command_addressed_to_the_bot_reaches_the_engine_without_the_bot_name()
    {
        conversation.Setup(c => c.HandleMessageAsync(It.Is<IncomingMessage>(m => m.Text == "/talk A4-1"), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Reply.Text("ok"));

        await Handler().HandleUpdateAsync(bot, Parse(FakeUpdates.Message(-100, "/talk@fake_bot A4-1", messageId: 7, userId: 99)), timeout.Token);

        Assert.Equal("ok", Assert.Single(api.RequestsFor("sendMessage")).Text);
    }

    [Fact]
    public async Task A_sticker_gets_a_polite_text_only_answer_without_asking_the_engine()
    {
        await Handler().HandleUpdateAsync(bot, Parse(FakeUpdates.Sticker(ChatId, messageId: 7)), timeout.Token);

        Assert.Contains("only understand text", Assert.Single(api.RequestsFor("sendMessage")).Text);
        conversation.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task An_engine_failure_on_a_message_still_gets_an_apology()
    {
        conversation.Setup(c => c.HandleMessageAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("boom"));

        await Handler().HandleUpdateAsync(bot, Parse(FakeUpdates.Message(ChatId, "hello", messageId: 7)), timeout.Token);

        Assert.Contains("Sorry", Assert.Single(api.RequestsFor("sendMessage")).Text);
    }

    [Fact]
    public async Task A_callback_is_answered_with_the_notice_as_toast_and_its_reply_sent_as_a_new_message()
    {
        conversation.Setup(c => c.HandleCallbackAsync(It.Is<IncomingCallback>(cb => cb.Data == "bm:A4-1" && cb.Chat.ChatId == ChatId), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CallbackOutcome("Bookmarked", Reply.Text("Your bookmarks: A4-1")));

        await Handler().HandleUpdateAsync(bot, Parse(FakeUpdates.CallbackQuery("q1", ChatId, "bm:A4-1", messageId: 5, botId: api.BotId)), timeout.Token);

        var answer = Assert.Single(api.RequestsFor("answerCallbackQuery"));
        Assert.Equal("q1", answer.String("callback_query_id"));
        Assert.Equal("Bookmarked", answer.String("text"));
        Assert.Equal("Your bookmarks: A4-1", Assert.Single(api.RequestsFor("sendMessage")).Text);
    }

    [Theory]
    [InlineData("no-colon-here")]
    [InlineData("")]
    [InlineData(null)]
    public async Task A_callback_with_malformed_data_is_still_answered_even_when_the_engine_throws(string? data)
    {
        conversation.Setup(c => c.HandleCallbackAsync(It.IsAny<IncomingCallback>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new FormatException("bad data"));

        await Handler().HandleUpdateAsync(bot, Parse(FakeUpdates.CallbackQuery("q2", ChatId, data, messageId: 5, botId: api.BotId)), timeout.Token);

        var answer = Assert.Single(api.RequestsFor("answerCallbackQuery"));
        Assert.Equal("q2", answer.String("callback_query_id"));
        Assert.False(string.IsNullOrEmpty(answer.String("text")));
        Assert.Empty(api.RequestsFor("sendMessage"));
    }

    [Fact]
    public async Task A_callback_whose_answer_is_rejected_still_sends_its_reply()
    {
        conversation.Setup(c => c.HandleCallbackAsync(It.IsAny<IncomingCallback>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(CallbackOutcome.Message(Reply.Text("card")));
        api.FailNext("answerCallbackQuery", FakeFailure.BadRequest("query is too old and response timeout expired or query ID is invalid"));

        await Handler().HandleUpdateAsync(bot, Parse(FakeUpdates.CallbackQuery("q3", ChatId, "card:A4-1", messageId: 5, botId: api.BotId)), timeout.Token);

        Assert.Equal("card", Assert.Single(api.RequestsFor("sendMessage")).Text);
    }

    [Fact]
    public async Task A_quick_answer_shows_no_typing()
    {
        conversation.Setup(c => c.HandleMessageAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>())).ReturnsAsync(Reply.Text("fast"));

        await Handler().HandleUpdateAsync(bot, Parse(FakeUpdates.Message(ChatId, "hi", messageId: 7)), timeout.Token);

        Assert.Empty(api.RequestsFor("sendChatAction"));
        Assert.Single(api.RequestsFor("sendMessage"));
    }

    [Fact]
    public async Task A_slow_answer_shows_typing_after_the_delay_and_renews_it_until_the_reply_is_sent()
    {
        var engineCalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answer = new TaskCompletionSource<Reply>(TaskCreationOptions.RunContinuationsAsynchronously);
        conversation.Setup(c => c.HandleMessageAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .Returns(() => { engineCalled.SetResult(); return answer.Task; });
        var handling = Handler(o => { o.TypingDelay = TimeSpan.FromMilliseconds(500); o.TypingInterval = TimeSpan.FromSeconds(4); })
            .HandleUpdateAsync(bot, Parse(FakeUpdates.Message(ChatId, "summarise A4-1", messageId: 7)), timeout.Token);
        await engineCalled.Task.WaitAsync(timeout.Token);

        time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.Empty(api.RequestsFor("sendChatAction"));
        time.Advance(TimeSpan.FromMilliseconds(1));
        var typing = await api.WaitForRequestAsync("sendChatAction");
        // The renewal timer starts only once the client has the first answer, which the test cannot observe: step until it fires.
        // Bounded by real time, not by a step count: on a loaded machine the timer may start later than 100 steps.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (api.RequestsFor("sendChatAction").Count < 2 && DateTime.UtcNow < deadline)
        {
            time.Advance(TimeSpan.FromSeconds(4));
            await Task.Delay(20, timeout.Token);
        }
        await api.WaitForRequestsAsync("sendChatAction", 2);
        answer.SetResult(Reply.Text("summary"));
        await handling;

        Assert.Equal("typing", typing.String("action"));
        Assert.Equal(ChatId, typing.ChatId);
        Assert.Equal("summary", Assert.Single(api.RequestsFor("sendMessage")).Text);
    }

    [Fact]
    public async Task An_edited_message_is_ignored()
    {
        var update = FakeUpdates.Message(ChatId, "edited", messageId: 7);
        update["edited_message"] = update["message"]!.DeepClone();
        update.Remove("message");

        await Handler().HandleUpdateAsync(bot, Parse(update), timeout.Token);

        Assert.Empty(api.Requests);
        conversation.VerifyNoOtherCalls();
    }
}
