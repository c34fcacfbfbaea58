using Assistant.ProgramData;
using Assistant.ProgramData.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Reminders;

/// <summary>
/// Changes made while the bot was down: restarts of the real host (real program provider on a program JSON file,
/// real SQLite file, Quartz, dispatcher) with the program file edited in between.
/// </summary>
public sealed class ProgramSnapshotTests : IDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(20);
    private readonly TestDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(TestProgram.Morning);
    private readonly Talk _talk = TestProgram.Talk("A4-1", TestProgram.Morning.AddHours(2), "Room 1");
    private readonly Talk _other = TestProgram.Talk("B1-1", TestProgram.Morning.AddHours(3));

    public ProgramSnapshotTests() => WriteProgram(_talk, _other);

    public void Dispose() => _directory.Dispose();

    private string ProgramPath => Path.Combine(_directory.Path, "program.json");

    private void WriteProgram(params Talk[] talks) => File.WriteAllText(ProgramPath, ProgramJsonWriter.Write(TestProgram.Of(talks)));

    private Task<ReminderHost> StartAsync(string? startsIn = null) => ReminderHost.StartAsync(_directory, _time, programs: null, settings: new Dictionary<string, string?>
    {
        ["Program:ProgramJsonPath"] = ProgramPath,
        ["Program:WatchFiles"] = "false",
        ["Program:StartsIn"] = startsIn,
    });

    /// <summary>Gives the dispatcher a minute of (fake) time to send whatever is queued.</summary>
    private async Task LetTheDispatcherRunAsync(ReminderHost host) =>
        await Eventually.AdvanceTo(_time, _time.GetUtcNow().AddMinutes(1), Step);

    private static async Task<long> ChangeNoticesAsync(ReminderHost host) =>
        await host.CountAsync("outbox WHERE kind = 'change'") + await host.CountAsync("delivery_log WHERE kind = 'change'");

    [Fact]
    public async Task A_talk_moved_while_the_bot_was_down_is_announced_once_and_its_reminder_follows()
    {
        await using (var first = await StartAsync())
            await first.SubscribeAsync(7, 10, first.Program.FindById(_talk.Id)!);
        var moved = _talk with { Start = _talk.Start.AddHours(4), End = _talk.End.AddHours(4), Room = "Room 2" };
        WriteProgram(moved, _other);

        await using (var second = await StartAsync())
        {
            Assert.True(await Eventually.AdvanceUntil(_time, () => !second.Transport.Sent.IsEmpty, _time.GetUtcNow().AddMinutes(1), Step));
            await LetTheDispatcherRunAsync(second);

            var notice = Assert.Single(second.Transport.Sent);
            Assert.Equal(7, notice.ChatId);
            Assert.Equal("A4-1 “Talk A4-1” moved: now Thu 21 May 14:00, Room 2 (was Thu 21 May 10:00, Room 1).", notice.Text);
            Assert.Equal(moved.Start.AddMinutes(-10).AddSeconds(-1), await second.NextFireAsync(_talk.Id, 10));
            Assert.Equal(1, await second.CountAsync(
                $"program_snapshot WHERE talk_id = 'A4-1' AND room = 'Room 2' AND start_at = {moved.Start.ToUnixTimeMilliseconds()} AND end_at = {moved.End.ToUnixTimeMilliseconds()}"));
        }

        // Another restart with the file unchanged: the snapshot was updated with the notice, nothing more to say.
        await using var third = await StartAsync();
        await LetTheDispatcherRunAsync(third);
        Assert.Empty(third.Transport.Sent);
        Assert.Equal(1, await ChangeNoticesAsync(third));

        // The reminder comes for the new time only.
        await Eventually.AdvanceTo(_time, _talk.Start, TimeSpan.FromMinutes(5));
        Assert.Empty(third.Transport.Sent);
        await Eventually.AdvanceTo(_time, moved.Start.AddMinutes(-11), TimeSpan.FromMinutes(10));
        await Eventually.AdvanceToAndAwait(_time, moved.Start.AddMinutes(-10).AddSeconds(-1), TimeSpan.FromSeconds(1), () => !third.Transport.Sent.IsEmpty, "the reminder");
        Assert.Contains("A4-1 starts in 10 minutes: Thu 21 May 14:00, Room 2", Assert.Single(third.Transport.Sent).Text);
    }

    [Fact]
    public async Task A_talk_cancelled_while_the_bot_was_down_is_announced_with_what_users_were_told()
    {
        await using (var first = await StartAsync())
            await first.SubscribeAsync(7, 10, first.Program.FindById(_other.Id)!);
        WriteProgram(_talk);

        await using var second = await StartAsync();
        Assert.True(await Eventually.AdvanceUntil(_time, () => !second.Transport.Sent.IsEmpty, _time.GetUtcNow().AddMinutes(1), Step));
        await LetTheDispatcherRunAsync(second);

        var notice = Assert.Single(second.Transport.Sent);
        Assert.Equal("B1-1 “Talk B1-1” was cancelled: it is no longer in the program (was Thu 21 May 11:00, Room 1).", notice.Text);
        Assert.Empty(await second.JobNamesAsync());
        Assert.Equal(1, await second.CountAsync("program_snapshot"));
    }

    [Fact]
    public async Task Notices_and_the_snapshot_update_commit_together_so_a_failed_catch_up_is_retried_once()
    {
        await using (var first = await StartAsync())
        {
            await first.SubscribeAsync(7, 10, first.Program.FindById(_talk.Id)!);
            // The snapshot write fails (as a crash before the commit would leave it).
            await first.ExecuteAsync("CREATE TRIGGER fail_snapshot BEFORE INSERT ON program_snapshot BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        }
        var moved = _talk with { Start = _talk.Start.AddMinutes(30), End = _talk.End.AddMinutes(30) };
        WriteProgram(moved, _other);

        await using (var second = await StartAsync())
        {
            await LetTheDispatcherRunAsync(second);
            Assert.Empty(second.Transport.Sent);
            Assert.Equal(0, await ChangeNoticesAsync(second));
            await second.ExecuteAsync("DROP TRIGGER fail_snapshot");
        }

        await using var third = await StartAsync();
        Assert.True(await Eventually.AdvanceUntil(_time, () => !third.Transport.Sent.IsEmpty, _time.GetUtcNow().AddMinutes(1), Step));
        await LetTheDispatcherRunAsync(third);
        Assert.Contains("A4-1 “Talk A4-1” moved: now Thu 21 May 10:30", Assert.Single(third.Transport.Sent).Text);
    }

    [Fact]
    public async Task A_restart_without_a_program_change_tells_nobody()
    {
        await using (var first = await StartAsync())
            await first.SubscribeAsync(7, 10, first.Program.FindById(_talk.Id)!);

        await using var second = await StartAsync();
        await LetTheDispatcherRunAsync(second);

        Assert.Empty(second.Transport.Sent);
        Assert.Equal(0, await ChangeNoticesAsync(second));
        Assert.Equal(_talk.Start.AddMinutes(-10).AddSeconds(-1), await second.NextFireAsync(_talk.Id, 10));
    }

    [Fact]
    public async Task The_first_start_with_no_snapshot_stores_one_and_tells_nobody()
    {
        // A database from before snapshots existed: bookmarks, but no snapshot, and a program that differs.
        await using (var first = await StartAsync())
        {
            await first.SubscribeAsync(7, 10, first.Program.FindById(_talk.Id)!);
            await first.ExecuteAsync("DELETE FROM program_snapshot");
        }
        WriteProgram(_talk with { Start = _talk.Start.AddMinutes(30), End = _talk.End.AddMinutes(30) }, _other);

        await using var second = await StartAsync();
        await LetTheDispatcherRunAsync(second);

        Assert.Empty(second.Transport.Sent);
        Assert.Equal(0, await ChangeNoticesAsync(second));
        Assert.Equal(2, await second.CountAsync("program_snapshot"));
        Assert.Equal(_talk.Start.AddMinutes(30 - 10).AddSeconds(-1), await second.NextFireAsync(_talk.Id, 10));
    }

    [Fact]
    public async Task A_rehearsal_restart_re_anchors_the_day_without_announcing_moves()
    {
        await using (var first = await StartAsync(startsIn: "1h"))
        {
            Assert.Equal(_time.GetUtcNow().AddHours(1), first.Program.FindById(_talk.Id)!.Start);
            await first.SubscribeAsync(7, 10, first.Program.FindById(_talk.Id)!);
        }
        _time.Advance(TimeSpan.FromMinutes(10)); // The next start shifts every talk ten minutes later.

        await using var second = await StartAsync(startsIn: "1h");
        await LetTheDispatcherRunAsync(second);

        var start = second.Program.FindById(_talk.Id)!.Start;
        Assert.Equal(TestProgram.Morning.AddMinutes(10).AddHours(1), start);
        Assert.Empty(second.Transport.Sent);
        Assert.Equal(0, await ChangeNoticesAsync(second));
        Assert.Equal(start.AddMinutes(-10).AddSeconds(-1), await second.NextFireAsync(_talk.Id, 10));
        // Stored unshifted: what the program file says.
        Assert.Equal(1, await second.CountAsync($"program_snapshot WHERE talk_id = 'A4-1' AND start_at = {_talk.Start.ToUnixTimeMilliseconds()}"));
    }

    [Fact]
    public async Task A_rehearsal_restart_announces_a_real_move_in_rehearsal_times()
    {
        await using (var first = await StartAsync(startsIn: "1h"))
            await first.SubscribeAsync(7, 10, first.Program.FindById(_other.Id)!);
        // B1-1 (an hour after the first talk) moves thirty minutes later in the file.
        WriteProgram(_talk, _other with { Start = _other.Start.AddMinutes(30), End = _other.End.AddMinutes(30) });
        _time.Advance(TimeSpan.FromMinutes(10));

        await using var second = await StartAsync(startsIn: "1h");
        Assert.True(await Eventually.AdvanceUntil(_time, () => !second.Transport.Sent.IsEmpty, _time.GetUtcNow().AddMinutes(1), Step));
        await LetTheDispatcherRunAsync(second);

        // The rehearsal day now starts 09:10 Shanghai (01:10 UTC): B1-1 was 10:10, is 10:40.
        var notice = Assert.Single(second.Transport.Sent);
        Assert.Equal("B1-1 “Talk B1-1” moved: now Thu 21 May 10:40, Room 1 (was Thu 21 May 10:10, Room 1).", notice.Text);
    }

    [Fact]
    public async Task A_live_reload_updates_the_snapshot_so_the_next_rehearsal_start_does_not_repeat_its_notice()
    {
        await using (var first = await StartAsync(startsIn: "1h"))
        {
            await first.SubscribeAsync(7, 10, first.Program.FindById(_other.Id)!);
            WriteProgram(_talk, _other with { Room = "Room 3" });
            Assert.True((await first.Services.GetRequiredService<IProgramReloader>().ReloadAsync(CancellationToken.None)).Succeeded);
            await Eventually.That(() => first.Coordinator.Reconciles >= 2, "the reconcile after the reload");
            Assert.True(await Eventually.AdvanceUntil(_time, () => !first.Transport.Sent.IsEmpty, _time.GetUtcNow().AddMinutes(1), Step));
            Assert.Contains("B1-1 “Talk B1-1” moved: now Thu 21 May 10:00, Room 3 (was Thu 21 May 10:00, Room 1).", Assert.Single(first.Transport.Sent).Text);
        }
        // A new start shifts the day again, so the same change would read differently and get a new outbox key.
        _time.Advance(TimeSpan.FromMinutes(10));

        await using var second = await StartAsync(startsIn: "1h");
        await LetTheDispatcherRunAsync(second);

        Assert.Empty(second.Transport.Sent);
        Assert.Equal(1, await ChangeNoticesAsync(second));
    }
}
