using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Assistant.Storage;

/// <summary>SQLite connections to the configured file; the first use creates the directory and applies migrations.</summary>
public sealed class SqliteConnectionFactory(IOptions<StorageOptions> options, MigrationRunner migrations) : ISqlConnectionFactory, IDisposable
{
    private readonly StorageOptions _options = options.Value;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _migrated;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken);
    }

    public async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (_migrated) return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_migrated) return;
            var directory = Path.GetDirectoryName(_options.FullPath);
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);

            await using var connection = await OpenRawAsync(cancellationToken);
            // WAL is persistent in the file, so setting it once here covers every later connection (Quartz's too).
            await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL", cancellationToken: cancellationToken));
            await migrations.RunAsync(connection, cancellationToken);
            _migrated = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<DbConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_options.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                $"PRAGMA busy_timeout = {_options.BusyTimeoutMilliseconds}; PRAGMA foreign_keys = ON;",
                cancellationToken: cancellationToken));
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public void Dispose() => _gate.Dispose();
}
