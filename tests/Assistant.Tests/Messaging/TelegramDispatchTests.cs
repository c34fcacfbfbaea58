using Assistant.Messaging;
using Assistant.Telegram;
using Assistant.Tests.Reminders;
using Assistant.Tests.Telegram;
using Assistant.Tests.Telegram.FakeBotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Messaging;

/// <summary>End to end: outbox → dispatcher → TelegramMessageTransport → Telegram.Bot → fake Bot API on loopback.</summary>
public sealed class TelegramDispatchTests : IAsyncLifetime
{
    private const int Chats = 15;
    private readonly TestDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(TestProgram.Morning);
    private readonly TestProgramProvider _programs = new(TestProgram.Of(TestProgram.Talk("A4-1", TestProgram.Morning.AddHours(2))));
    private FakeBotApiServer _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _directory.Dispose();
    }

    private async Task<ReminderHost> StartAsync(TimeSpan requestTimeout)
    {
        var transport = new TelegramMessageTransport(TelegramTestClient.Sender(
            TelegramTestClient.Create(_api), TelegramTestClient.Options(o => o.RequestTimeout = requestTimeout)));
        return await ReminderHost.StartAsync(_directory, _time, _programs,
            services: s => s.AddSingleton<IMessageTransport>(transport));
    }

    private IReadOnlyList<OutboxMessage> Notices()
    {
        var now = _time.GetUtcNow();
        return Enumerable.Range(1, Chats)
            .Select(chat => new OutboxMessage(chat, OutboxKinds.Change, "A4-1", 0, TestProgram.Morning.AddHours(2), "v1", now, now, $"A4-1 moved (to {chat})"))
            .ToList();
    }

    private IReadOnlyDictionary<long, int> Delivered() => _api.RequestsFor("sendMessage")
        .Where(r => r.Failure is null)
        .GroupBy(r => r.ChatId!.Value)
        .ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public async Task A_429_storm_and_500s_lose_nothing_and_repeat_nothing()
    {
        await using var host = await StartAsync(TimeSpan.FromSeconds(5));
        _api.FailNext("sendMessage", FakeFailure.TooManyRequests(retryAfter: 3), times: 6);
        _api.FailNext("sendMessage", FakeFailure.ServerError(502), times: 4);

        await host.Outbox.EnqueueAsync(Notices(), CancellationToken.None);

        Assert.True(await Eventually.AdvanceUntil(_time, () => Delivered().Count == Chats, _time.GetUtcNow().AddMinutes(5), TimeSpan.FromMilliseconds(500)));
        Assert.All(Delivered().Values, n => Assert.Equal(1, n));
        // The fake API records a send before the dispatcher commits its delivery: wait for the commit.
        await Eventually.That(async () => await host.CountAsync("outbox") == 0, "the last delivery to be committed");
        Assert.Equal(Chats, await host.CountAsync("delivery_log"));
    }

    [Fact]
    public async Task Time_outs_are_retried_until_every_chat_has_its_message()
    {
        await using var host = await StartAsync(TimeSpan.FromMilliseconds(300));
        _api.FailNext("sendMessage", FakeFailure.Delayed(TimeSpan.FromSeconds(2)), times: 3);

        await host.Outbox.EnqueueAsync(Notices(), CancellationToken.None);

        Assert.True(await Eventually.AdvanceUntil(_time, () => host.CountAsync("outbox").Result == 0, _time.GetUtcNow().AddMinutes(5), TimeSpan.FromMilliseconds(500)));
        // A timed-out request may still have arrived: at least once, never lost.
        await Eventually.That(() => Delivered().Count == Chats, "the late answers to land");
        Assert.Equal(Chats, await host.CountAsync("delivery_log"));
    }

    [Fact]
    public async Task A_chat_that_blocked_the_bot_is_deactivated_over_the_real_transport()
    {
        await using var host = await StartAsync(TimeSpan.FromSeconds(5));
        await host.Users.GetOrCreateAsync(new Assistant.Conversation.ChatContext(1, 1), CancellationToken.None);
        _api.FailNext("sendMessage", FakeFailure.BlockedByUser());
        var now = _time.GetUtcNow();

        await host.Outbox.EnqueueAsync([new OutboxMessage(1, OutboxKinds.Change, "A4-1", 0, now, "v", now, now, "hello")], CancellationToken.None);

        await Eventually.That(async () => (await host.Users.FindAsync(1, CancellationToken.None))!.IsActive == false, "chat 1 deactivated");
        // The dispatcher drops the chat's queue just after marking it inactive, not in the same step.
        await Eventually.That(async () => await host.CountAsync("outbox") == 0, "chat 1's queue to be dropped");
    }
}
