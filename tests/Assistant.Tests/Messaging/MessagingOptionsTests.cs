using Assistant.Conversation;
using Assistant.Messaging;
using Assistant.Tests.Reminders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Messaging;

public sealed class MessagingOptionsTests : IDisposable
{
    private readonly TestDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(TestProgram.Morning);
    private readonly TestProgramProvider _programs = new(TestProgram.Of(TestProgram.Talk("A4-1", TestProgram.Morning.AddHours(2))));

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_zero_global_rate_fails_start_up_naming_the_setting()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            ReminderHost.StartAsync(_directory, _time, _programs, settings: new Dictionary<string, string?> { ["Dispatcher:GlobalPerSecond"] = "0" }));

        Assert.Contains("GlobalPerSecond", error.Message);
    }

    [Fact]
    public async Task Forgetting_a_user_erases_their_queued_and_delivered_messages()
    {
        await using var host = await ReminderHost.StartAsync(_directory, _time, _programs);
        await host.Users.GetOrCreateAsync(new ChatContext(7, 7), CancellationToken.None);
        var now = _time.GetUtcNow();
        await host.Outbox.EnqueueAsync([new OutboxMessage(7, OutboxKinds.Change, "A4-1", 0, now, "a", now, now, "delivered")], CancellationToken.None);
        await Eventually.That(async () => await host.CountAsync("delivery_log") == 1, "the delivery");
        await host.Outbox.EnqueueAsync([new OutboxMessage(7, OutboxKinds.Change, "A4-1", 0, now, "b", now, now.AddHours(1), "queued") { NextAttemptAt = now.AddHours(1) }], CancellationToken.None);

        await host.Users.ForgetAsync(7, CancellationToken.None);

        Assert.Equal(0, await host.CountAsync("outbox"));
        Assert.Equal(0, await host.CountAsync("delivery_log"));
    }
}
