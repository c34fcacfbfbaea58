using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;

namespace Assistant.Storage;

/// <summary>Where the assistant keeps its state (section "Storage").</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>SQLite file; a relative path is taken from the current directory. Its directory is created on first start.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DatabasePath { get; set; } = "state/assistant.db";

    /// <summary>How long a connection waits for another writer's lock before failing.</summary>
    [Range(0, 600_000)]
    public int BusyTimeoutMilliseconds { get; set; } = 5_000;

    /// <summary>The database file as an absolute path ("" while the path is unset, so validation reports the setting instead of throwing).</summary>
    public string FullPath => string.IsNullOrWhiteSpace(DatabasePath) ? "" : Path.GetFullPath(DatabasePath);

    /// <summary>A Microsoft.Data.Sqlite connection string for the same file, for components that open their own
    /// connections (Quartz's persistent store). WAL is a property of the file, so they share it.</summary>
    public string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = FullPath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        ForeignKeys = true,
        DefaultTimeout = Math.Max(1, BusyTimeoutMilliseconds / 1000),
    }.ToString();
}
