using Assistant.Storage;
using Dapper;

namespace Assistant.Summaries;

/// <summary>Model-written summaries in the store (table summary_cache, migration 003), keyed by talk, language, model and content hash.</summary>
public sealed class SummaryCache(ISqlConnectionFactory connections, TimeProvider time)
{
    public sealed record Key(string TalkId, string Language, string ModelId, string ContentHash);

    public async Task<string?> GetAsync(Key key, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            """
            SELECT summary FROM summary_cache
            WHERE talk_id = @TalkId AND language = @Language AND model_id = @ModelId AND content_hash = @ContentHash
            """, key, cancellationToken: cancellationToken));
    }

    public async Task PutAsync(Key key, string summary, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO summary_cache (talk_id, language, model_id, content_hash, summary, created_at)
            VALUES (@TalkId, @Language, @ModelId, @ContentHash, @Summary, @CreatedAt)
            ON CONFLICT (talk_id, language, model_id, content_hash) DO UPDATE SET summary = excluded.summary, created_at = excluded.created_at
            """,
            new { key.TalkId, key.Language, key.ModelId, key.ContentHash, Summary = summary, CreatedAt = time.GetUtcNow().ToUnixTimeMilliseconds() },
            cancellationToken: cancellationToken));
    }
}
