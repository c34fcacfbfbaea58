using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Reminders;

public sealed class ScheduleChangeTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(20);
    private readonly TestDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(TestProgram.Morning);
    private readonly Assistant.ProgramData.Talk _talk = TestProgram.Talk("A4-1", TestProgram.Morning.AddHours(2), "Room 1");
    private readonly Assistant.ProgramData.Talk _other = TestProgram.Talk("B1-1", TestProgram.Morning.AddHours(3));
    private readonly TestProgramProvider _programs;

    public ScheduleChangeTests() => _programs = new TestProgramProvider(TestProgram.Of(_talk, _other));

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_moved_talk_s_reminder_moves_and_its_subscribers_are_told()
    {
        await using var host = await ReminderHost.StartAsync(_directory, _time, _programs);
        await host.SubscribeAsync(7, 10, _talk);
        var moved = _talk with { Start = _talk.Start.AddHours(4), End = _talk.End.AddHours(4), Room = "Room 2" };

        _programs.Replace(TestProgram.Of(moved, _other));

        await Eventually.That(() => host.Coordinator.Reconciles >= 2, "the reconcile after the change");
        Assert.Equal(moved.Start.AddMinutes(-10).AddSeconds(-1), await host.NextFireAsync(_talk.Id, 10));
        Assert.True(await Eventually.AdvanceUntil(_time, () => !host.Transport.Sent.IsEmpty, _time.GetUtcNow().AddMinutes(1), Step));
        var notice = Assert.Single(host.Transport.Sent);
        Assert.Equal("A4-1 “Talk A4-1” moved: now Thu 21 May 14:00, Room 2 (was Thu 21 May 10:00, Room 1).", notice.Text);
        Assert.Equal("card:A4-1", notice.Reply.Buttons[0][0].Data);

        // Nothing at the old time; the reminder comes for the new one.
        await Eventually.AdvanceTo(_time, _talk.Start, TimeSpan.FromMinutes(5));
        Assert.Single(host.Transport.Sent);
        await Eventually.AdvanceTo(_time, moved.Start.AddMinutes(-11), TimeSpan.FromMinutes(10));
        await Eventually.AdvanceToAndAwait(_time, moved.Start.AddMinutes(-10).AddSeconds(-1), TimeSpan.FromSeconds(1), () => host.Transport.Sent.Count == 2, "the reminder");
        Assert.Contains("A4-1 starts in 10 minutes: Thu 21 May 14:00, Room 2", host.Transport.Sent.Last().Text);
    }

    [Fact]
    public async Task A_cancelled_talk_is_announced_and_never_reminded()
    {
        await using var host = await ReminderHost.StartAsync(_directory, _time, _programs);
        await host.SubscribeAsync(7, 10, _talk);

        _programs.Replace(TestProgram.Of(_other));

        await Eventually.That(() => host.Coordinator.Reconciles >= 2, "the reconcile after the change");
        Assert.Empty(await host.JobNamesAsync());
        Assert.True(await Eventually.AdvanceUntil(_time, () => !host.Transport.Sent.IsEmpty, _time.GetUtcNow().AddMinutes(1), Step));
        Assert.Contains("A4-1 “Talk A4-1” was cancelled", Assert.Single(host.Transport.Sent).Text);
        await Eventually.AdvanceTo(_time, _talk.Start, TimeSpan.FromMinutes(5));
        Assert.Single(host.Transport.Sent);
    }

    [Fact]
    public async Task A_reminder_already_queued_for_the_old_time_is_withdrawn_when_the_talk_moves()
    {
        await using var host = await ReminderHost.StartAsync(_directory, _time, _programs);
        // Stall the dispatcher so the queued reminder is still in the outbox when the program changes.
        host.Transport.Behaviour = (_, call) => call == 1 ? new Assistant.Messaging.RateLimitedException(TimeSpan.FromMinutes(5)) : null;
        await host.SubscribeAsync(7, 10, _talk);
        Assert.True(await Eventually.AdvanceUntil(_time, () => host.CountAsync("outbox").Result == 1 && _time.GetUtcNow() > _talk.Start.AddMinutes(-10).AddSeconds(-1), _talk.Start, TimeSpan.FromMinutes(1)));
        var moved = _talk with { Start = _talk.Start.AddHours(1), End = _talk.End.AddHours(1) };

        _programs.Replace(TestProgram.Of(moved, _other));
        await Eventually.That(() => host.Coordinator.Reconciles >= 2, "the reconcile after the change");
        await Eventually.AdvanceTo(_time, _talk.Start, Step);

        var texts = host.Transport.Sent.Select(d => d.Text).ToList();
        Assert.Contains(texts, t => t.Contains("moved: now Thu 21 May 11:00"));
        Assert.DoesNotContain(texts, t => t.Contains("starts in"));
    }

    [Fact]
    public async Task Changing_the_lead_time_moves_the_reminders_and_describes_them()
    {
        await using var host = await ReminderHost.StartAsync(_directory, _time, _programs);
        var past = TestProgram.Talk("P1", TestProgram.Morning.AddMinutes(-30));
        _programs.Replace(TestProgram.Of(_talk, _other, past));
        await Eventually.That(() => host.Coordinator.Reconciles >= 2, "the reconcile after the change");
        await host.SubscribeAsync(7, 10, _talk, _other, past);

        await host.Users.SetLeadTimeAsync(7, 15, CancellationToken.None);
        var sentence = await host.Planner.LeadTimeChangedAsync(7, 10, 15, CancellationToken.None);

        Assert.Equal("You'll be reminded 15 minutes before each of your 3 bookmarked talks; 1 has already started.", sentence);
        Assert.Equal(["reminder.A4-1.15", "reminder.B1-1.15"], await host.JobNamesAsync());
        Assert.Equal(_talk.Start.AddMinutes(-15).AddSeconds(-1), await host.NextFireAsync(_talk.Id, 15));
    }

    [Fact]
    public async Task Turning_reminders_off_removes_the_user_s_triggers()
    {
        await using var host = await ReminderHost.StartAsync(_directory, _time, _programs);
        await host.SubscribeAsync(7, 10, _talk);

        await host.Users.SetLeadTimeAsync(7, 0, CancellationToken.None);
        var sentence = await host.Planner.LeadTimeChangedAsync(7, 10, 0, CancellationToken.None);

        Assert.Equal("Reminders are off.", sentence);
        Assert.Empty(await host.JobNamesAsync());
    }
}
