using System.Net;
using System.Text.Json.Nodes;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace Assistant.Tests.Telegram.FakeBotApi;

/// <summary>The fake must behave like the Bot API where our tests (and other features' tests) rely on it.</summary>
public sealed class FakeBotApiServerTests : IAsyncLifetime
{
    private FakeBotApiServer api = null!;
    private TelegramBotClient bot = null!;
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

    [Fact]
    public async Task GetMe_answers_with_the_bot_whose_id_is_in_the_token()
    {
        var me = await bot.GetMe(timeout.Token);

        Assert.Equal(123456, me.Id);
        Assert.True(me.IsBot);
    }

    [Fact]
    public async Task A_long_poll_returns_as_soon_as_an_update_is_queued()
    {
        var poll = bot.GetUpdates(timeout: 30, cancellationToken: timeout.Token);
        await api.WaitForRequestAsync("getUpdates");
        Assert.False(poll.IsCompleted);

        var id = api.EnqueueMessage(7, "hello");
        var updates = await poll.WaitAsync(timeout.Token);

        Assert.Equal(id, Assert.Single(updates).Id);
        Assert.Equal("hello", updates[0].Message?.Text);
        Assert.Equal(7, updates[0].Message?.Chat.Id);
    }

    [Fact]
    public async Task An_offset_confirms_earlier_updates()
    {
        var first = api.EnqueueMessage(7, "one");
        var second = api.EnqueueMessage(7, "two");

        var all = await bot.GetUpdates(timeout: 0, cancellationToken: timeout.Token);
        var rest = await bot.GetUpdates(offset: first + 1, timeout: 0, cancellationToken: timeout.Token);

        Assert.Equal([first, second], all.Select(u => u.Id));
        Assert.Equal([second], rest.Select(u => u.Id));
        Assert.Equal(1, api.PendingUpdateCount);
    }

    [Fact]
    public async Task An_empty_long_poll_ends_after_its_timeout_with_no_updates()
    {
        api.MaxLongPoll = TimeSpan.FromMilliseconds(100);

        var updates = await bot.GetUpdates(timeout: 30, cancellationToken: timeout.Token);

        Assert.Empty(updates);
    }

    [Fact]
    public async Task DeleteWebhook_with_drop_pending_updates_clears_the_queue()
    {
        api.EnqueueMessage(7, "old");

        await bot.DeleteWebhook(dropPendingUpdates: true, timeout.Token);

        Assert.Equal(0, api.PendingUpdateCount);
    }

    [Fact]
    public async Task Scripted_failures_apply_to_the_next_calls_only()
    {
        api.FailNext("sendMessage", FakeFailure.TooManyRequests(retryAfter: 7), times: 2);

        var first = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(7, "a", cancellationToken: timeout.Token));
        await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(7, "b", cancellationToken: timeout.Token));
        var sent = await bot.SendMessage(7, "c", cancellationToken: timeout.Token);

        Assert.Equal(429, first.ErrorCode);
        Assert.Equal(7, first.Parameters?.RetryAfter);
        Assert.Equal("c", sent.Text);
        Assert.Equal(7, sent.Chat.Id);
        Assert.Equal(3, api.RequestsFor("sendMessage").Count);
    }

    [Fact]
    public async Task A_custom_handler_answers_a_method_the_fake_does_not_know()
    {
        api.Handle("getChat", r => new JsonObject { ["id"] = r.ChatId, ["type"] = "private", ["first_name"] = "Custom" });

        var chat = await bot.GetChat(7, timeout.Token);

        Assert.Equal("Custom", chat.FirstName);
    }

    [Fact]
    public async Task An_unknown_method_answers_404_and_a_wrong_token_401()
    {
        using var http = new HttpClient();

        var unknown = await http.PostAsync(new Uri($"{api.BaseUrl}bot{api.Token}/noSuchMethod"), null, timeout.Token);
        var wrongToken = await http.PostAsync(new Uri($"{api.BaseUrl}bot999:WRONG/getMe"), null, timeout.Token);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.StatusCode);
        Assert.Contains("\"ok\":false", await wrongToken.Content.ReadAsStringAsync(timeout.Token));
    }

    [Fact]
    public async Task Dispose_ends_a_waiting_long_poll()
    {
        var poll = bot.GetUpdates(timeout: 30, cancellationToken: timeout.Token);
        await api.WaitForRequestAsync("getUpdates");

        await api.DisposeAsync();

        // An empty answer or a broken connection: either way the client is not left hanging until its 30 s.
        await Record.ExceptionAsync(() => poll.WaitAsync(timeout.Token));
        Assert.True(poll.IsCompleted);
    }

    [Theory]
    [InlineData("<b>bold</b> &amp; <i>it</i>", null)]
    [InlineData("a < b", "can't parse entities")]
    [InlineData("Q&A", "can't parse entities")]
    [InlineData("<b>open", "can't parse entities")]
    [InlineData("<script>x</script>", "can't parse entities")]
    [InlineData("<b><i>x</b></i>", "can't parse entities")]
    public void TelegramHtml_refuses_what_Telegram_refuses(string html, string? problem)
    {
        var found = TelegramHtml.Problem(html);

        if (problem is null) Assert.Null(found);
        else Assert.Contains(problem, found);
    }

    [Fact]
    public async Task SendMessage_with_broken_html_or_too_much_text_answers_400()
    {
        var broken = await Assert.ThrowsAsync<ApiRequestException>(() =>
            bot.SendMessage(7, "<b>x", global::Telegram.Bot.Types.Enums.ParseMode.Html, cancellationToken: timeout.Token));
        var tooLong = await Assert.ThrowsAsync<ApiRequestException>(() =>
            bot.SendMessage(7, "<b>" + new string('x', 4097) + "</b>", global::Telegram.Bot.Types.Enums.ParseMode.Html, cancellationToken: timeout.Token));
        await bot.SendMessage(7, "<b>" + new string('&', 1) + "</b>", cancellationToken: timeout.Token); // not HTML: not checked

        Assert.Equal(400, broken.ErrorCode);
        Assert.Contains("too long", tooLong.Message);
    }
}
