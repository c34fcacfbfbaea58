using Assistant.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Reminders;

public sealed class SubscriberCountsTests : IDisposable
{
    private readonly TestDirectory _directory = new();
    private readonly FakeTimeProvider _time = new(TestProgram.Morning);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Counts_agree_with_the_bookmark_store_and_skip_inactive_users_and_reminders_off()
    {
        var a = TestProgram.Talk("A4-1", TestProgram.Morning.AddHours(2));
        var b = TestProgram.Talk("B1-1", TestProgram.Morning.AddHours(3));
        await using var host = await ReminderHost.StartAsync(_directory, _time, new TestProgramProvider(TestProgram.Of(a, b)));
        await host.SubscribeAsync(1, 10, a, b);
        await host.SubscribeAsync(2, 10, a);
        await host.SubscribeAsync(3, 15, a);
        await host.SubscribeAsync(4, 0, a);
        await host.SubscribeAsync(5, 10, b);
        await host.Users.MarkInactiveAsync(5, CancellationToken.None);

        var counts = await host.Services.GetRequiredService<ISubscriberCounts>().CountAsync(CancellationToken.None);

        Assert.Equal(
            [new TalkLeadCount("A4-1", 10, 2), new TalkLeadCount("A4-1", 15, 1), new TalkLeadCount("B1-1", 10, 1)],
            counts.OrderBy(c => c.TalkId).ThenBy(c => c.LeadMinutes));
        var pairs = await host.Bookmarks.DistinctTalkLeadsAsync(CancellationToken.None);
        Assert.Equal(pairs.Select(p => (p.TalkId, p.LeadMinutes)).Order(), counts.Select(c => (c.TalkId, c.LeadMinutes)).Order());
    }
}
