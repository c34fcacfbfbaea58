using Assistant.Conversation;
using Assistant.Messaging;
using Assistant.Tests.Reminders;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Messaging;

public sealed class OutboundDispatcherTests : IDisposable
{
    private readonly TestDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(TestProgram.Morning);
    private readonly TestProgramProvider _programs = new(TestProgram.Of(TestProgram.Talk("A4-1", TestProgram.Morning.AddHours(2))));

    public void Dispose() => _directory.Dispose();

    private Task<ReminderHost> StartAsync(RecordingTransport? transport = null, Dictionary<string, string?>? settings = null) =>
        ReminderHost.StartAsync(_directory, _time, _programs, transport, settings);

    private OutboxMessage Notice(long chatId, string text, DateTimeOffset? at = null)
    {
        var now = at ?? _time.GetUtcNow();
        return new OutboxMessage(chatId, OutboxKinds.Change, "A4-1", 0, TestProgram.Morning.AddHours(2), text, now, now, text);
    }

    /// <summary>
    /// Holds the clock until the dispatcher has stored a retry time later than <paramref name="after"/>, then moves
    /// it there. Stepping on while the failed send was still being handled pushed the retry, and so the asserted send
    /// time, back by however long a loaded machine took.
    /// </summary>
    private async Task AdvanceToRetryAsync(ReminderHost host, DateTimeOffset after)
    {
        DateTimeOffset? next = null;
        await Eventually.That(async () => (next = await host.Outbox.NextAttemptAtAsync(CancellationToken.None)) > after, $"a retry after {after:HH:mm:ss}");
        await Eventually.AdvanceTo(_time, next!.Value, TimeSpan.FromSeconds(1));
    }

    private static async Task AddUsersAsync(ReminderHost host, IEnumerable<long> chats)
    {
        foreach (var chat in chats) await host.Users.GetOrCreateAsync(new ChatContext(chat, chat), CancellationToken.None);
    }

    [Fact]
    public async Task A_queued_message_is_sent_at_once_without_waiting_for_the_poll()
    {
        await using var host = await StartAsync(settings: new() { ["Dispatcher:PollInterval"] = "01:00:00" });

        await host.Outbox.EnqueueAsync([Notice(7, "hello")], CancellationToken.None);

        await Eventually.That(() => !host.Transport.Sent.IsEmpty, "the signalled send");
        Assert.Equal("hello", Assert.Single(host.Transport.Sent).Text);
        await Eventually.That(async () => await host.CountAsync("delivery_log") == 1, "the delivery log row");
        Assert.Equal(0, await host.CountAsync("outbox"));
    }

    [Fact]
    public async Task A_delivered_message_is_never_queued_again()
    {
        await using var host = await StartAsync();
        await host.Outbox.EnqueueAsync([Notice(7, "once")], CancellationToken.None);
        await Eventually.That(async () => await host.CountAsync("delivery_log") == 1, "the delivery");

        var queued = await host.Outbox.EnqueueAsync([Notice(7, "once")], CancellationToken.None);

        Assert.Equal(0, queued);
        Assert.Equal(0, await host.CountAsync("outbox"));
    }

    [Fact]
    public async Task A_blocked_recipient_is_marked_inactive_and_its_pending_messages_are_dropped()
    {
        var transport = new RecordingTransport(_time) { Behaviour = (chat, _) => chat == 7 ? new RecipientUnavailableException("Forbidden: bot was blocked by the user") : null };
        await using var host = await StartAsync(transport);
        await AddUsersAsync(host, [7, 8]);

        await host.Outbox.EnqueueAsync([Notice(7, "first"), Notice(7, "second", _time.GetUtcNow().AddSeconds(1)), Notice(8, "for 8")], CancellationToken.None);

        await Eventually.That(async () => (await host.Users.FindAsync(7, CancellationToken.None))!.IsActive == false, "chat 7 to be inactive");
        await Eventually.That(async () => await host.CountAsync("outbox") == 0, "the queue to empty");
        Assert.Equal("for 8", Assert.Single(transport.Sent).Text);
        Assert.Empty(await host.Bookmarks.SubscribersAsync("A4-1", CancellationToken.None));
    }

    [Fact]
    public async Task A_429_is_honoured_for_its_retry_after()
    {
        var transport = new RecordingTransport(_time) { Behaviour = (_, call) => call == 1 ? new RateLimitedException(TimeSpan.FromSeconds(30)) : null };
        await using var host = await StartAsync(transport);
        var t0 = _time.GetUtcNow();

        await host.Outbox.EnqueueAsync([Notice(7, "patience")], CancellationToken.None);

        await AdvanceToRetryAsync(host, t0);
        await Eventually.That(() => !transport.Sent.IsEmpty, "the retried send");
        Assert.InRange(Assert.Single(transport.Sent).At, t0.AddSeconds(30), t0.AddSeconds(32));
    }

    [Fact]
    public async Task A_429_for_a_chat_not_written_to_lately_pauses_every_chat()
    {
        var transport = new RecordingTransport(_time) { Behaviour = (chat, call) => chat == 7 && call == 1 ? new RateLimitedException(TimeSpan.FromSeconds(20)) : null };
        await using var host = await StartAsync(transport, new() { ["Dispatcher:MaxConcurrentSends"] = "1" });
        var t0 = _time.GetUtcNow();

        await host.Outbox.EnqueueAsync([Notice(7, "seven"), Notice(8, "eight", t0.AddMilliseconds(1))], CancellationToken.None);

        Assert.True(await Eventually.AdvanceUntil(_time, () => transport.Sent.Count == 2, t0.AddMinutes(2), TimeSpan.FromSeconds(1)));
        Assert.All(transport.Sent, d => Assert.True(d.At >= t0.AddSeconds(20), $"{d.Text} sent at {d.At:O}, during the pause"));
    }

    [Fact]
    public async Task Transient_failures_are_retried_with_exponential_back_off()
    {
        var transport = new RecordingTransport(_time) { Behaviour = (_, call) => call <= 2 ? new TransientSendException("500 Internal Server Error") : null };
        await using var host = await StartAsync(transport);
        var t0 = _time.GetUtcNow();

        await host.Outbox.EnqueueAsync([Notice(7, "eventually")], CancellationToken.None);

        await AdvanceToRetryAsync(host, t0);
        await AdvanceToRetryAsync(host, _time.GetUtcNow());
        await Eventually.That(() => !transport.Sent.IsEmpty, "the third attempt");
        // 2 s after the first failure, 4 s after the second.
        Assert.InRange(Assert.Single(transport.Sent).At, t0.AddSeconds(6), t0.AddSeconds(8));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_given_up_after_the_configured_attempts()
    {
        var transport = new RecordingTransport(_time) { Behaviour = (_, _) => new TransientSendException("timeout") };
        await using var host = await StartAsync(transport, new() { ["Dispatcher:MaxAttempts"] = "3" });

        await host.Outbox.EnqueueAsync([Notice(7, "doomed")], CancellationToken.None);

        Assert.True(await Eventually.AdvanceUntil(_time, () => host.CountAsync("outbox").Result == 0, _time.GetUtcNow().AddMinutes(5), TimeSpan.FromSeconds(1)));
        Assert.Empty(transport.Sent);
        Assert.Equal(0, await host.CountAsync("delivery_log"));
    }

    [Fact]
    public async Task Sends_are_paced_to_the_global_rate()
    {
        await using var host = await StartAsync();
        var t0 = _time.GetUtcNow();

        await host.Outbox.EnqueueAsync(Enumerable.Range(1, 63).Select(chat => Notice(chat, $"n{chat}")).ToList(), CancellationToken.None);

        // Paced, so each send is recorded at the instant its token allowed it, not whenever a loaded machine ran it.
        await Eventually.AdvanceAtPace(_time, () => host.Transport.Sent.Count, 63, t0, t0.AddMinutes(1), TimeSpan.FromMilliseconds(50), rate: 30, burst: 3);
        Assert.Equal(63, host.Transport.Sent.Count);
        // Burst of 3, then 30 per second: the 63rd message cannot go before 2 s.
        Assert.True(host.Transport.Sent.Max(d => d.At) >= t0.AddSeconds(2));
        foreach (var window in Enumerable.Range(0, 3).Select(s => t0.AddSeconds(s)))
            Assert.InRange(host.Transport.Sent.Count(d => d.At >= window && d.At < window.AddSeconds(1)), 0, 33);
    }

    [Fact]
    public async Task Two_messages_to_one_chat_are_a_second_apart()
    {
        await using var host = await StartAsync();
        var t0 = _time.GetUtcNow();

        await host.Outbox.EnqueueAsync([Notice(7, "one", t0), Notice(7, "two", t0.AddMilliseconds(1))], CancellationToken.None);

        // The first goes at once; hold the clock until it is recorded, or a slow send thread records it late and
        // the gap looks shorter than the dispatcher made it.
        await Eventually.That(() => host.Transport.Sent.Count == 1, "the first send");
        Assert.True(await Eventually.AdvanceUntil(_time, () => host.Transport.Sent.Count == 2, t0.AddMinutes(1), TimeSpan.FromMilliseconds(100)));
        var sent = host.Transport.Sent.OrderBy(d => d.At).ToList();
        Assert.True(sent[1].At - sent[0].At >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Messages_of_one_chat_for_the_same_instant_are_merged_into_one()
    {
        await using var host = await StartAsync();
        var t0 = _time.GetUtcNow();

        await host.Outbox.EnqueueAsync([Notice(7, "first change", t0), Notice(7, "second change", t0)], CancellationToken.None);

        await Eventually.That(() => !host.Transport.Sent.IsEmpty, "the send");
        await Eventually.That(async () => await host.CountAsync("delivery_log") == 2, "both rows delivered");
        Assert.Equal("first change\n\nsecond change", Assert.Single(host.Transport.Sent).Text);
    }
}
