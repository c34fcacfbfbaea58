using System.Data.Common;

namespace Assistant.Storage;

/// <summary>Opens connections to the assistant's database, migrated to the latest schema before the first one is handed out.</summary>
public interface ISqlConnectionFactory
{
    /// <summary>An open connection (WAL, busy timeout, foreign keys on). The caller disposes it.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Applies pending migrations now (idempotent); <see cref="OpenAsync"/> does the same on first use.</summary>
    Task EnsureMigratedAsync(CancellationToken cancellationToken);
}
