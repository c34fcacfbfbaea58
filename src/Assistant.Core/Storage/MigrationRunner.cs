using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Storage;

/// <summary>
/// Applies numbered SQL scripts in order, each in its own transaction, and records them in <c>schema_migrations</c>.
/// </summary>
/// <remarks>
/// Conventions for everyone who adds a script (drop a file into src/Assistant.Core/Storage/Migrations; the csproj
/// embeds every *.sql there, nothing else to register):
/// <list type="bullet">
/// <item>File name <c>NNN_name.sql</c>; applied in numeric order, once. Never edit a script that has shipped: add a new one.</item>
/// <item>Numbers: 001 = users + bookmarks (storage/bookmarks), 002 = reminders (tables <c>outbox</c> and
/// <c>delivery_log</c>, each with a <c>chat_id</c> column), 003 = AI summary cache, 004 = program snapshot
/// (reminders: the program users were last told). Later features take the next free number.</item>
/// <item>SQL must also run on PostgreSQL: BIGINT/INTEGER/TEXT, booleans as INTEGER 0/1, no AUTOINCREMENT,
/// <c>INSERT ... ON CONFLICT ... DO NOTHING/UPDATE</c>, no SQLite-only pragmas or functions.</item>
/// <item>Timestamps are UTC instants stored as unix epoch milliseconds in BIGINT columns named <c>*_at</c>
/// (<c>TimeProvider.GetUtcNow().ToUnixTimeMilliseconds()</c>); never CURRENT_TIMESTAMP.</item>
/// <item>Per-chat data in a new table must be erased by an <see cref="IUserDataEraser"/> (or cascade from <c>users</c>).</item>
/// </list>
/// </remarks>
public sealed class MigrationRunner(IReadOnlyList<Migration> migrations, TimeProvider time, ILogger<MigrationRunner>? logger = null)
{
    private readonly IReadOnlyList<Migration> _migrations = Migration.Ordered(migrations);
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>Applies what is missing; returns the versions applied now (empty when the schema was current).</summary>
    public async Task<IReadOnlyList<int>> RunAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // The runner's own bookkeeping is the one table not created by a numbered script.
        await connection.ExecuteAsync(new CommandDefinition(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER NOT NULL PRIMARY KEY,
                name       TEXT    NOT NULL,
                applied_at BIGINT  NOT NULL
            )
            """, cancellationToken: cancellationToken));

        var applied = new List<int>();
        foreach (var migration in _migrations)
        {
            // A write transaction first, then the check: a second process starting at the same moment waits
            // for the lock and then sees the version as done instead of applying it twice.
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var done = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM schema_migrations WHERE version = @Version",
                new { migration.Version }, transaction, cancellationToken: cancellationToken));
            if (done > 0) continue;

            _logger.LogInformation("Applying migration {Version:000}_{Name}", migration.Version, migration.Name);
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = time.GetUtcNow().ToUnixTimeMilliseconds() },
                transaction, cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            applied.Add(migration.Version);
        }
        return applied;
    }
}
