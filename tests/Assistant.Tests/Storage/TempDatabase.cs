using Assistant.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Storage;

/// <summary>A real SQLite file in a fresh temp directory, migrated with the shipped scripts; deleted on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly List<SqliteConnectionFactory> _factories = [];

    public TempDatabase()
    {
        Directory = Path.Combine(Path.GetTempPath(), "assistant-tests", Guid.NewGuid().ToString("N"));
        // The file sits in a subdirectory that does not exist yet: the factory must create it.
        Options = new StorageOptions { DatabasePath = Path.Combine(Directory, "state", "assistant.db") };
        Factory = NewFactory();
    }

    public string Directory { get; }

    public StorageOptions Options { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 5, 20, 0, 0, 0, TimeSpan.Zero));

    public ISqlConnectionFactory Factory { get; }

    /// <summary>A second factory over the same file, as after a restart.</summary>
    public SqliteConnectionFactory NewFactory(IReadOnlyList<Migration>? migrations = null)
    {
        var runner = new MigrationRunner(migrations ?? Migration.FromAssembly(typeof(Migration).Assembly), Time);
        var factory = new SqliteConnectionFactory(Microsoft.Extensions.Options.Options.Create(Options), runner);
        _factories.Add(factory);
        return factory;
    }

    public SqlUserStore Users(params IUserDataEraser[] erasers) => new(Factory, Time, erasers);

    public SqlBookmarkStore Bookmarks() => new(Factory, Time);

    public void Dispose()
    {
        foreach (var factory in _factories) factory.Dispose();
        SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { /* a pooled handle on another test's file; the temp dir is cleaned eventually */ }
    }
}
