using Assistant.Storage;
using Dapper;

namespace Assistant.Tests.Storage;

public sealed class MigrationRunnerTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task First_open_creates_the_directory_and_applies_the_shipped_migrations()
    {
        await using var connection = await _db.Factory.OpenAsync(CancellationToken.None);

        Assert.True(File.Exists(_db.Options.FullPath));
        var versions = (await connection.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version")).ToList();
        Assert.Contains(1L, versions);
        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")).ToList();
        Assert.Contains("users", tables);
        Assert.Contains("bookmarks", tables);
    }

    [Fact]
    public async Task Connections_use_wal_foreign_keys_and_a_busy_timeout()
    {
        await using var connection = await _db.Factory.OpenAsync(CancellationToken.None);

        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
        Assert.Equal(_db.Options.BusyTimeoutMilliseconds, await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout"));
    }

    [Fact]
    public async Task Migrations_apply_once_across_restarts()
    {
        await (await _db.Factory.OpenAsync(CancellationToken.None)).DisposeAsync();
        var runner = new MigrationRunner(Migration.FromAssembly(typeof(Migration).Assembly), _db.Time);

        await using var connection = await _db.NewFactory().OpenAsync(CancellationToken.None);
        var appliedAgain = await runner.RunAsync(connection, CancellationToken.None);

        Assert.Empty(appliedAgain);
        var rows = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations WHERE version = 1");
        Assert.Equal(1L, rows);
    }

    [Fact]
    public async Task Scripts_run_in_numeric_order_and_a_new_one_is_picked_up_later()
    {
        var first = new List<Migration>
        {
            new(10, "second", "INSERT INTO t (v) VALUES ('ten')"),
            new(2, "first", "CREATE TABLE t (v TEXT NOT NULL)"),
        };
        await using (var c = await _db.NewFactory(first).OpenAsync(CancellationToken.None)) { }

        var later = first.Append(new Migration(11, "third", "INSERT INTO t (v) VALUES ('eleven')")).ToList();
        await using var connection = await _db.NewFactory(later).OpenAsync(CancellationToken.None);

        Assert.Equal(["ten", "eleven"], (await connection.QueryAsync<string>("SELECT v FROM t ORDER BY rowid")).ToList());
    }

    [Fact]
    public async Task A_failing_script_is_rolled_back_and_not_recorded()
    {
        var migrations = new List<Migration>
        {
            new(1, "good", "CREATE TABLE a (v TEXT)"),
            new(2, "bad", "CREATE TABLE b (v TEXT); INSERT INTO nowhere VALUES (1);"),
        };

        await Assert.ThrowsAnyAsync<Exception>(() => _db.NewFactory(migrations).OpenAsync(CancellationToken.None));

        await using var connection = await _db.NewFactory([new Migration(1, "good", "CREATE TABLE a (v TEXT)")]).OpenAsync(CancellationToken.None);
        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")).ToList();
        Assert.Contains("a", tables);
        Assert.DoesNotContain("b", tables);
        Assert.Equal([1L], (await connection.QueryAsync<long>("SELECT version FROM schema_migrations")).ToList());
    }

    [Fact]
    public void Two_scripts_with_the_same_number_are_refused()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Migration.Ordered(
            [new Migration(2, "outbox", "SELECT 1"), new Migration(2, "summary_cache", "SELECT 1")]));
        Assert.Contains("share version 2", ex.Message);
    }

    [Fact]
    public void Embedded_migrations_are_found_by_their_number()
    {
        var migrations = Migration.FromAssembly(typeof(Migration).Assembly);

        Assert.Equal(1, migrations[0].Version);
        Assert.Equal("users_bookmarks", migrations[0].Name);
        Assert.Equal(migrations.OrderBy(m => m.Version).Select(m => m.Version), migrations.Select(m => m.Version));
    }

    [Fact]
    public async Task Two_processes_starting_together_apply_each_script_once()
    {
        var starts = Enumerable.Range(0, 4).Select(_ => _db.NewFactory()).Select(f => Task.Run(() => f.EnsureMigratedAsync(CancellationToken.None)));

        await Task.WhenAll(starts);

        await using var connection = await _db.Factory.OpenAsync(CancellationToken.None);
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_migrations WHERE version = 1"));
    }

    [Fact]
    public async Task A_lower_numbered_script_that_lands_later_is_still_applied()
    {
        // 003 (AI cache) can ship before 002 (reminders): a database already at 001+003 must still get 002.
        var early = new List<Migration> { new(1, "users", "CREATE TABLE u (v TEXT)"), new(3, "cache", "CREATE TABLE c (v TEXT)") };
        await using (var c = await _db.NewFactory(early).OpenAsync(CancellationToken.None)) { }

        await using var connection = await _db.NewFactory([.. early, new Migration(2, "outbox", "CREATE TABLE o (v TEXT)")])
            .OpenAsync(CancellationToken.None);

        Assert.Equal([1L, 2L, 3L], (await connection.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version")).ToList());
        Assert.Contains("o", await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'"));
    }
}
