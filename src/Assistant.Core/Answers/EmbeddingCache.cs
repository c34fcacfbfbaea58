using System.Runtime.InteropServices;
using Assistant.Storage;
using Dapper;

namespace Assistant.Answers;

/// <summary>Talk embeddings in the store (table embedding_cache, migration 003), keyed by model id and content hash.</summary>
public sealed class EmbeddingCache(ISqlConnectionFactory connections, TimeProvider time)
{
    public async Task<IReadOnlyDictionary<string, float[]>> GetManyAsync(string modelId, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (hashes.Count == 0) return found;
        await using var connection = await connections.OpenAsync(cancellationToken);
        // Chunks keep the parameter count well under SQLite's limit.
        foreach (var chunk in hashes.Chunk(400))
        {
            var rows = await connection.QueryAsync<(string Hash, long Dimensions, string Vector)>(new CommandDefinition(
                "SELECT content_hash, dimensions, vector FROM embedding_cache WHERE model_id = @ModelId AND content_hash IN @Hashes",
                new { ModelId = modelId, Hashes = chunk }, cancellationToken: cancellationToken));
            foreach (var (hash, dimensions, vector) in rows)
            {
                var values = Decode(vector);
                if (values.Length == dimensions) found[hash] = values;
            }
        }
        return found;
    }

    public async Task PutManyAsync(string modelId, IReadOnlyDictionary<string, float[]> vectors, CancellationToken cancellationToken)
    {
        if (vectors.Count == 0) return;
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        foreach (var (hash, vector) in vectors)
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO embedding_cache (model_id, content_hash, dimensions, vector, created_at)
                VALUES (@ModelId, @Hash, @Dimensions, @Vector, @CreatedAt)
                ON CONFLICT (model_id, content_hash) DO NOTHING
                """,
                new { ModelId = modelId, Hash = hash, Dimensions = vector.Length, Vector = Encode(vector), CreatedAt = now },
                transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    internal static string Encode(float[] vector) => Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan()));

    internal static float[] Decode(string base64) => MemoryMarshal.Cast<byte, float>(Convert.FromBase64String(base64)).ToArray();
}
