using Assistant.Conversation;
using Assistant.Storage;

namespace Assistant.Tests.Storage;

public sealed class SqlBookmarkStoreTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Adding_twice_keeps_one_bookmark()
    {
        var bookmarks = _db.Bookmarks();

        Assert.True(await bookmarks.AddAsync(42, "A4-1", None));
        Assert.False(await bookmarks.AddAsync(42, "A4-1", None));

        Assert.Equal(["A4-1"], await bookmarks.ListAsync(42, None));
        Assert.True(await bookmarks.ContainsAsync(42, "A4-1", None));
    }

    [Fact]
    public async Task Remove_reports_whether_there_was_a_bookmark()
    {
        var bookmarks = _db.Bookmarks();
        await bookmarks.AddAsync(42, "A4-1", None);

        Assert.True(await bookmarks.RemoveAsync(42, "A4-1", None));
        Assert.False(await bookmarks.RemoveAsync(42, "A4-1", None));
        Assert.False(await bookmarks.ContainsAsync(42, "A4-1", None));
    }

    [Fact]
    public async Task List_returns_only_the_chats_own_bookmarks_in_the_order_made()
    {
        var bookmarks = _db.Bookmarks();
        await bookmarks.AddAsync(42, "B2-3", None);
        _db.Time.Advance(TimeSpan.FromSeconds(1));
        await bookmarks.AddAsync(42, "A1-1", None);
        await bookmarks.AddAsync(43, "C3-1", None);

        Assert.Equal(["B2-3", "A1-1"], await bookmarks.ListAsync(42, None));
    }

    [Fact]
    public async Task Adding_for_an_unknown_chat_creates_the_user_with_defaults()
    {
        await _db.Bookmarks().AddAsync(99, "A4-1", None);

        var user = await _db.Users().FindAsync(99, None);
        Assert.Equal(IUserStore.DefaultLeadMinutes, user!.ReminderLeadMinutes);
    }

    [Fact]
    public async Task Subscribers_are_active_users_with_their_lead_time()
    {
        var users = _db.Users();
        var bookmarks = _db.Bookmarks();
        await users.GetOrCreateAsync(new ChatContext(1, 1, "en"), None);
        await users.GetOrCreateAsync(new ChatContext(2, 2, "zh"), None);
        await users.GetOrCreateAsync(new ChatContext(3, 3), None);
        await users.SetLeadTimeAsync(2, 0, None);
        foreach (var chat in new long[] { 1, 2, 3 }) await bookmarks.AddAsync(chat, "A4-1", None);
        await users.MarkInactiveAsync(3, None);

        var subscribers = await bookmarks.SubscribersAsync("A4-1", None);

        Assert.Equal([new Subscriber(1, 10, "en"), new Subscriber(2, 0, "zh")], subscribers);
        Assert.Empty(await bookmarks.SubscribersAsync("B1-1", None));
    }

    [Fact]
    public async Task DistinctTalkLeads_groups_by_lead_time_and_leaves_out_lead_zero_and_inactive_users()
    {
        var users = _db.Users();
        var bookmarks = _db.Bookmarks();
        for (long chat = 1; chat <= 5; chat++) await users.GetOrCreateAsync(new ChatContext(chat, chat), None);
        await users.SetLeadTimeAsync(3, 15, None);
        await users.SetLeadTimeAsync(4, 0, None);
        await users.SetLeadTimeAsync(5, 30, None);
        for (long chat = 1; chat <= 5; chat++) await bookmarks.AddAsync(chat, "A4-1", None);
        await bookmarks.AddAsync(1, "B1-2", None);
        await users.MarkInactiveAsync(5, None);

        var leads = await bookmarks.DistinctTalkLeadsAsync(None);

        Assert.Equal([new TalkLead("A4-1", 10), new TalkLead("A4-1", 15), new TalkLead("B1-2", 10)], leads);
    }
}
