using Assistant.Reminders;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Reminders;

public sealed class ReminderSchedulingTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(20);
    private readonly TestDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(TestProgram.Morning);
    private readonly Assistant.ProgramData.Talk _talk = TestProgram.Talk("A4-1", TestProgram.Morning.AddHours(2), "Room 2");
    private readonly Assistant.ProgramData.Talk _parallel = TestProgram.Talk("B1-1", TestProgram.Morning.AddHours(2), "Room 5");
    private readonly Assistant.ProgramData.Talk _later = TestProgram.Talk("C2-1", TestProgram.Morning.AddHours(5));
    private readonly TestProgramProvider _programs;

    public ReminderSchedulingTests() => _programs = new TestProgramProvider(TestProgram.Of(_talk, _parallel, _later));

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_reminder_fires_at_start_minus_lead_and_not_before()
    {
        await using var host = await ReminderHost.StartAsync(_directory, _time, _programs);
        await host.SubscribeAsync(7, 10, _talk);

        // One subscriber at 30/s: the fan-out starts one second before start - lead.
        var fireAt = _talk.Start.AddMinutes(-10).AddSeconds(-1);
        Assert.Equal(fireAt, await host.NextFireAsync(_talk.Id, 10));

        await Eventually.AdvanceTo(_time, fireAt.AddSeconds(-5), TimeSpan.FromMinutes(5));
        Assert.Empty(host.Transport.Sent);

        await Eventually.AdvanceToAndAwait(_time, fireAt, TimeSpan.FromSeconds(1), () => !host.Transport.Sent.IsEmpty, "the reminder");
        var reminder = Assert.Single(host.Transport.Sent);
        Assert.Equal(7, reminder.ChatId);
        Assert.InRange(reminder.At, fireAt, _talk.Start.AddMinutes(-10));
        Assert.Contains("A4-1 starts in 10 minutes: Thu 21 May 10:00, Room 2", reminder.Text);
        Assert.Contains("Talk A4-1", reminder.Text);
        Assert.Contains("Speaker of A4-1", reminder.Text);
        Assert.DoesNotContain(ReminderComposer.LateNote, reminder.Text);
        Assert.Equal("card:A4-1", Assert.Single(Assert.Single(reminder.Reply.Buttons)).Data);
    }

    [Fact]
    public async Task A_restart_neither_loses_nor_repeats_a_reminder()
    {
        await using (var first = await ReminderHost.StartAsync(_directory, _time, _programs))
        {
            await first.SubscribeAsync(7, 10, _talk);
            await Eventually.AdvanceTo(_time, _talk.Start.AddMinutes(-30), TimeSpan.FromMinutes(10));
        }

        var transport = new RecordingTransport(_time);
        await using (var second = await ReminderHost.StartAsync(_directory, _time, _programs, transport))
        {
            await Eventually.AdvanceToAndAwait(_time, _talk.Start.AddMinutes(-10).AddSeconds(-1), Step, () => !transport.Sent.IsEmpty, "the reminder");
        }

        var third = new RecordingTransport(_time);
        await using (var again = await ReminderHost.StartAsync(_directory, _time, _programs, third))
        {
            await Eventually.AdvanceTo(_time, _talk.Start.AddMinutes(-1), Step);
            Assert.Equal(0, await again.CountAsync("outbox"));
        }

        Assert.Single(transport.Sent);
        Assert.Empty(third.Sent);
    }

    [Fact]
    public async Task Stopping_in_the_middle_of_a_fan_out_still_reminds_every_subscriber_exactly_once()
    {
        const int subscribers = 12;
        var first = new RecordingTransport(_time) { StallAfter = 5 };
        await using (var host = await ReminderHost.StartAsync(_directory, _time, _programs, first))
        {
            for (var chat = 1; chat <= subscribers; chat++) await host.SubscribeAsync(chat, 10, _talk);
            await Eventually.AdvanceTo(_time, _talk.Start.AddMinutes(-11), TimeSpan.FromMinutes(10));
            Assert.True(await Eventually.AdvanceUntil(_time, () => first.Sent.Count >= 5, _talk.Start, TimeSpan.FromSeconds(1)));
        } // disposed while sends 6.. hang

        Assert.InRange(first.Sent.Count, 5, subscribers - 1);
        var second = new RecordingTransport(_time);
        await using (var host = await ReminderHost.StartAsync(_directory, _time, _programs, second))
        {
            Assert.True(await Eventually.AdvanceUntil(_time, () => first.Sent.Count + second.Sent.Count >= subscribers, _talk.Start, TimeSpan.FromSeconds(1)));
            await Eventually.AdvanceTo(_time, _time.GetUtcNow().AddSeconds(30), TimeSpan.FromSeconds(5));
        }

        var perChat = first.Sent.Concat(second.Sent).GroupBy(d => d.ChatId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enumerable.Range(1, subscribers).Select(c => (long)c), perChat.Keys.Order());
        Assert.All(perChat.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task Two_talks_of_one_user_at_the_same_time_come_in_one_message()
    {
        await using var host = await ReminderHost.StartAsync(_directory, _time, _programs);
        await host.SubscribeAsync(7, 10, _talk, _parallel);
        await host.SubscribeAsync(8, 10, _parallel);

        await Eventually.AdvanceTo(_time, _talk.Start.AddMinutes(-11), TimeSpan.FromMinutes(10));
        await Eventually.AdvanceToAndAwait(_time, _talk.Start.AddMinutes(-10).AddSeconds(-1), TimeSpan.FromSeconds(1), () => host.Transport.Sent.Count >= 2, "both reminders");
        await Eventually.AdvanceTo(_time, _time.GetUtcNow().AddMinutes(2), Step);

        var both = Assert.Single(host.Transport.To(7));
        Assert.Contains("2 of your talks start in 10 minutes (Thu 21 May 10:00)", both.Text);
        Assert.Contains("A4-1 · Room 2", both.Text);
        Assert.Contains("B1-1 · Room 5", both.Text);
        Assert.Equal(["card:A4-1", "card:B1-1"], both.Reply.Buttons.Select(row => row[0].Data));
        Assert.Contains("B1-1 starts in 10 minutes", Assert.Single(host.Transport.To(8)).Text);
    }

    [Fact]
    public async Task A_talk_bookmarked_after_its_reminder_time_gets_an_immediate_starts_in_message()
    {
        await using var host = await ReminderHost.StartAsync(_directory, _time, _programs);
        await Eventually.AdvanceTo(_time, _talk.Start.AddMinutes(-4), TimeSpan.FromMinutes(30));

        await host.SubscribeAsync(7, 10, _talk);

        await Eventually.That(() => !host.Transport.Sent.IsEmpty, "the immediate reminder");
        var reminder = Assert.Single(host.Transport.Sent);
        Assert.Contains("A4-1 starts in 4 minutes", reminder.Text);
        Assert.DoesNotContain(ReminderComposer.LateNote, reminder.Text);
        Assert.Null(await host.NextFireAsync(_talk.Id, 10));
    }

    [Fact]
    public async Task A_reminder_missed_while_the_bot_was_down_is_sent_late_and_says_so_if_the_talk_has_not_started()
    {
        await using (var host = await ReminderHost.StartAsync(_directory, _time, _programs))
            await host.SubscribeAsync(7, 10, _talk);

        _time.Advance(_talk.Start.AddMinutes(-4) - _time.GetUtcNow()); // down across the reminder time

        var transport = new RecordingTransport(_time);
        await using (var host = await ReminderHost.StartAsync(_directory, _time, _programs, transport))
        {
            // The misfired trigger fires on start-up with no clock movement; the clock stays at start - 4 min so the
            // text can be checked (stepping it on while the job and the dispatcher ran made it "3 minutes").
            await Eventually.That(() => !transport.Sent.IsEmpty, "the late reminder");
        }

        var reminder = Assert.Single(transport.Sent);
        Assert.Contains("A4-1 starts in 4 minutes", reminder.Text);
        Assert.Contains(ReminderComposer.LateNote, reminder.Text);
    }

    [Fact]
    public async Task A_reminder_missed_while_the_bot_was_down_is_dropped_if_the_talk_has_started()
    {
        await using (var host = await ReminderHost.StartAsync(_directory, _time, _programs))
            await host.SubscribeAsync(7, 10, _talk);

        _time.Advance(_talk.Start.AddMinutes(5) - _time.GetUtcNow());

        var transport = new RecordingTransport(_time);
        await using (var host = await ReminderHost.StartAsync(_directory, _time, _programs, transport))
        {
            // The misfired trigger fires once on start-up and is then gone; its job saw the talk had started.
            await Eventually.That(async () => (await host.JobNamesAsync()).Count == 0, "the misfired trigger to run");
            await Eventually.AdvanceTo(_time, _time.GetUtcNow().AddMinutes(1), Step);
            Assert.Equal(0, await host.CountAsync("outbox"));
        }
        Assert.Empty(transport.Sent);
    }

    [Fact]
    public async Task Jobs_grow_with_talks_and_lead_times_not_with_bookmarks()
    {
        await using var host = await ReminderHost.StartAsync(_directory, _time, _programs);
        for (var chat = 1; chat <= 6; chat++) await host.SubscribeAsync(chat, chat % 2 == 0 ? 10 : 15, _talk, _later);

        Assert.Equal(
            ["reminder.A4-1.10", "reminder.A4-1.15", "reminder.C2-1.10", "reminder.C2-1.15"],
            await host.JobNamesAsync());
    }

    [Fact]
    public async Task Removing_the_last_bookmark_with_a_lead_deletes_its_job()
    {
        await using var host = await ReminderHost.StartAsync(_directory, _time, _programs);
        await host.SubscribeAsync(7, 10, _talk);

        await host.Bookmarks.RemoveAsync(7, _talk.Id, CancellationToken.None);
        await host.Planner.BookmarkRemovedAsync(7, _talk, CancellationToken.None);

        Assert.Empty(await host.JobNamesAsync());
    }

    [Fact]
    public async Task A_fan_out_larger_than_the_rate_starts_early_enough_to_finish_by_the_reminder_time()
    {
        const int subscribers = 90; // 3 s of sending at 30/s
        await using var host = await ReminderHost.StartAsync(_directory, _time, _programs);
        for (var chat = 1; chat <= subscribers; chat++) await host.SubscribeAsync(chat, 10, _talk);

        var remindAt = _talk.Start.AddMinutes(-10);
        var fireAt = remindAt.AddSeconds(-3);
        Assert.Equal(fireAt, await host.NextFireAsync(_talk.Id, 10));
        await Eventually.AdvanceTo(_time, fireAt.AddSeconds(-10), TimeSpan.FromMinutes(10));
        Assert.Empty(host.Transport.Sent);

        await Eventually.AdvanceToAndAwait(_time, fireAt, TimeSpan.FromSeconds(1), () => !host.Transport.Sent.IsEmpty, "the fan-out to start");
        // The dispatcher's defaults: 30/s with a burst of 3. A dispatcher slower than that times out here.
        await Eventually.AdvanceAtPace(_time, () => host.Transport.Sent.Count, subscribers, fireAt, remindAt, TimeSpan.FromMilliseconds(20), rate: 30, burst: 3);

        Assert.Equal(subscribers, host.Transport.Sent.Count);
        Assert.All(host.Transport.Sent, d => Assert.InRange(d.At, fireAt, remindAt));
    }
}
