using System.Data;
using Assistant.Conversation;
using Assistant.Storage;
using Dapper;

namespace Assistant.Tests.Storage;

public sealed class SqlUserStoreTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task GetOrCreate_creates_a_user_with_defaults_and_the_client_language()
    {
        var users = _db.Users();

        var user = await users.GetOrCreateAsync(new ChatContext(42, 42, "zh-hans"), None);

        Assert.Equal(new UserProfile(42, "zh-hans", null, IUserStore.DefaultLeadMinutes, true), user);
        Assert.Equal(user, await users.FindAsync(42, None));
    }

    [Fact]
    public async Task Find_returns_null_for_an_unknown_chat()
    {
        Assert.Null(await _db.Users().FindAsync(7, None));
    }

    [Fact]
    public async Task GetOrCreate_keeps_a_stored_language()
    {
        var users = _db.Users();
        await users.GetOrCreateAsync(new ChatContext(42, 42, "en"), None);

        var again = await users.GetOrCreateAsync(new ChatContext(42, 42, "de"), None);

        Assert.Equal("en", again.LanguageCode);
    }

    [Fact]
    public async Task Lead_time_is_stored_and_zero_is_allowed()
    {
        var users = _db.Users();
        await users.GetOrCreateAsync(new ChatContext(42, 42), None);

        await users.SetLeadTimeAsync(42, 25, None);
        Assert.Equal(25, (await users.FindAsync(42, None))!.ReminderLeadMinutes);

        await users.SetLeadTimeAsync(42, 0, None);
        Assert.Equal(0, (await users.FindAsync(42, None))!.ReminderLeadMinutes);
    }

    [Fact]
    public async Task A_blocked_user_is_inactive_until_they_write_again()
    {
        var users = _db.Users();
        await users.GetOrCreateAsync(new ChatContext(42, 42), None);
        await users.SetLeadTimeAsync(42, 30, None);

        await users.MarkInactiveAsync(42, None);
        Assert.False((await users.FindAsync(42, None))!.IsActive);

        var back = await users.GetOrCreateAsync(new ChatContext(42, 42), None);
        Assert.True(back.IsActive);
        Assert.Equal(30, back.ReminderLeadMinutes);
    }

    [Fact]
    public async Task Data_survives_a_new_factory()
    {
        await _db.Users().GetOrCreateAsync(new ChatContext(42, 42, "en"), None);
        await _db.Bookmarks().AddAsync(42, "A4-1", None);

        var restarted = _db.NewFactory();

        Assert.NotNull(await new SqlUserStore(restarted, _db.Time, []).FindAsync(42, None));
        Assert.Equal(["A4-1"], await new SqlBookmarkStore(restarted, _db.Time).ListAsync(42, None));
    }

    [Fact]
    public async Task Forget_deletes_the_profile_and_bookmarks_and_runs_every_eraser_in_one_transaction()
    {
        var eraser = new RecordingEraser();
        var users = _db.Users(eraser);
        var bookmarks = _db.Bookmarks();
        await users.GetOrCreateAsync(new ChatContext(42, 42), None);
        await users.GetOrCreateAsync(new ChatContext(43, 43), None);
        await bookmarks.AddAsync(42, "A4-1", None);
        await bookmarks.AddAsync(43, "A4-1", None);

        await users.ForgetAsync(42, None);

        Assert.Null(await users.FindAsync(42, None));
        Assert.Empty(await bookmarks.ListAsync(42, None));
        Assert.Equal([42L], eraser.Erased);
        Assert.NotNull(await users.FindAsync(43, None));
        Assert.Equal(["A4-1"], await bookmarks.ListAsync(43, None));
    }

    [Fact]
    public async Task Forget_keeps_everything_when_an_eraser_fails()
    {
        var users = _db.Users(new FailingEraser());
        await users.GetOrCreateAsync(new ChatContext(42, 42), None);
        await _db.Bookmarks().AddAsync(42, "A4-1", None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => users.ForgetAsync(42, None));

        Assert.NotNull(await users.FindAsync(42, None));
        Assert.Equal(["A4-1"], await _db.Bookmarks().ListAsync(42, None));
    }

    private sealed class RecordingEraser : IUserDataEraser
    {
        public List<long> Erased { get; } = [];

        public async Task EraseAsync(IDbConnection connection, IDbTransaction transaction, long chatId)
        {
            // Proves the eraser shares the caller's open transaction.
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM bookmarks WHERE chat_id = @chatId", new { chatId }, transaction);
            Erased.Add(chatId);
        }
    }

    private sealed class FailingEraser : IUserDataEraser
    {
        public async Task EraseAsync(IDbConnection connection, IDbTransaction transaction, long chatId)
        {
            await connection.ExecuteAsync("DELETE FROM bookmarks WHERE chat_id = @chatId", new { chatId }, transaction);
            throw new InvalidOperationException("outbox unavailable");
        }
    }
}
