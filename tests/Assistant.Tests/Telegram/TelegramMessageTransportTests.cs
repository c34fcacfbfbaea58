using System.Text;
using Assistant.Conversation;
using Assistant.Messaging;
using Assistant.Telegram;
using Assistant.Tests.Telegram.FakeBotApi;

namespace Assistant.Tests.Telegram;

public sealed class TelegramMessageTransportTests : IAsyncLifetime
{
    private FakeBotApiServer api = null!;
    private TelegramMessageTransport transport = null!;
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(10));

    public async Task InitializeAsync()
    {
        api = await FakeBotApiServer.StartAsync();
        transport = Transport(TimeSpan.FromSeconds(5));
    }

    private TelegramMessageTransport Transport(TimeSpan requestTimeout) =>
        new(TelegramTestClient.Sender(TelegramTestClient.Create(api), TelegramTestClient.Options(o => o.RequestTimeout = requestTimeout)));

    public async Task DisposeAsync()
    {
        await api.DisposeAsync();
        timeout.Dispose();
    }

    [Fact]
    public async Task SendAsync_sends_html_with_buttons_and_the_attachment_as_a_document()
    {
        var reply = Reply.Of(TextBlock.Bold("Reminder: A4-1 <starts> in 15 min"))
            .WithButtons([[new ReplyButton("Open", "card:A4-1")]]) with
        {
            Attachment = new FileAttachment("agenda.ics", "text/calendar", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR")),
        };

        await transport.SendAsync(42, reply, timeout.Token);

        var message = Assert.Single(api.RequestsFor("sendMessage"));
        Assert.Equal(42, message.ChatId);
        Assert.Equal("HTML", message.ParseMode, ignoreCase: true);
        Assert.Equal("<b>Reminder: A4-1 &lt;starts&gt; in 15 min</b>", message.Text);
        Assert.Equal("card:A4-1", message.InlineKeyboard[0][0].CallbackData);
        var document = Assert.Single(api.RequestsFor("sendDocument"));
        Assert.Equal(42, document.ChatId);
        var file = Assert.Single(document.Files);
        Assert.Equal("agenda.ics", file.FileName);
        Assert.Equal("BEGIN:VCALENDAR", Encoding.UTF8.GetString(file.Content));
    }

    [Fact]
    public async Task SendAsync_reports_a_blocked_bot_as_recipient_unavailable()
    {
        api.FailNext("sendMessage", FakeFailure.BlockedByUser());

        await Assert.ThrowsAsync<RecipientUnavailableException>(() => transport.SendAsync(42, Reply.Text("hi"), timeout.Token));
    }

    [Fact]
    public async Task SendAsync_reports_a_chat_that_does_not_exist_as_recipient_unavailable()
    {
        api.FailNext("sendMessage", FakeFailure.ChatNotFound());

        await Assert.ThrowsAsync<RecipientUnavailableException>(() => transport.SendAsync(42, Reply.Text("hi"), timeout.Token));
    }

    [Fact]
    public async Task SendAsync_reports_429_as_rate_limited_with_the_servers_retry_after()
    {
        api.FailNext("sendMessage", FakeFailure.TooManyRequests(retryAfter: 30));

        var ex = await Assert.ThrowsAsync<RateLimitedException>(() => transport.SendAsync(42, Reply.Text("hi"), timeout.Token));

        Assert.Equal(TimeSpan.FromSeconds(30), ex.RetryAfter);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    public async Task SendAsync_reports_server_errors_as_transient(int status)
    {
        api.FailNext("sendMessage", FakeFailure.ServerError(status));

        await Assert.ThrowsAsync<TransientSendException>(() => transport.SendAsync(42, Reply.Text("hi"), timeout.Token));
    }

    [Fact]
    public async Task SendAsync_reports_a_time_out_as_transient()
    {
        api.FailNext("sendMessage", FakeFailure.Delayed(TimeSpan.FromSeconds(3)));
        var impatient = Transport(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAsync<TransientSendException>(() => impatient.SendAsync(42, Reply.Text("hi"), timeout.Token));
    }

    [Fact]
    public async Task SendAsync_reports_an_unreachable_server_as_transient()
    {
        await api.DisposeAsync();

        await Assert.ThrowsAsync<TransientSendException>(() => transport.SendAsync(42, Reply.Text("hi"), timeout.Token));
    }

    [Fact]
    public async Task SendAsync_lets_the_callers_cancellation_through()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => transport.SendAsync(42, Reply.Text("hi"), cancelled.Token));
    }
}
