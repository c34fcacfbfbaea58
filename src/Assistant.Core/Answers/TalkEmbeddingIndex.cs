using Assistant.Ai;
using Assistant.ProgramData;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Answers;

/// <summary>
/// Embeddings of the current program's talks, held in memory for cosine similarity (a few hundred talks need no
/// vector database). With a cache, each talk is embedded once per model and content: vectors are cached in the store by content
/// hash, so a restart or a reload with unchanged talks computes nothing; only new or edited talks are embedded.
/// </summary>
public sealed class TalkEmbeddingIndex(
    IEmbeddingGenerator<string, Embedding<float>> generator,
    EmbeddingCache? cache,
    IProgramProvider programs,
    string modelId,
    ILogger<TalkEmbeddingIndex>? logger = null)
{
    private const int BatchSize = 64;
    private const int QueryCacheSize = 256;

    private readonly string _model = modelId;
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, float[]> _queries = new(StringComparer.Ordinal);
    private (ConferenceProgram Program, IReadOnlyList<(Talk Talk, float[] Vector)> Vectors)? _index;

    /// <summary>How many talk texts were sent to the model since start (0 after a restart with a warm cache).</summary>
    public int EmbeddedCount { get; private set; }

    /// <summary>Talks by cosine similarity to the query, best first.</summary>
    public async Task<IReadOnlyList<(Talk Talk, double Similarity)>> NearestAsync(string query, int limit, CancellationToken cancellationToken)
    {
        var vectors = await EnsureIndexedAsync(cancellationToken);
        var queryVector = await EmbedQueryAsync(query, cancellationToken);
        return vectors
            .Select(v => (v.Talk, Similarity: Cosine(queryVector, v.Vector)))
            .OrderByDescending(x => x.Similarity)
            .Take(limit)
            .ToList();
    }

    /// <summary>Indexes the current program if it has changed since the last call; returns the talk vectors.</summary>
    public async Task<IReadOnlyList<(Talk Talk, float[] Vector)>> EnsureIndexedAsync(CancellationToken cancellationToken)
    {
        var program = programs.Current;
        if (_index is { } ready && ReferenceEquals(ready.Program, program)) return ready.Vectors;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_index is { } again && ReferenceEquals(again.Program, program)) return again.Vectors;
            var texts = program.Talks.Select(t => (Talk: t, Text: IndexText(t))).ToList();
            var hashes = texts.Select(t => ContentHash.Of(_model, t.Text)).ToList();
            IReadOnlyDictionary<string, float[]> known = cache is null
                ? new Dictionary<string, float[]>()
                : await cache.GetManyAsync(_model, hashes.Distinct().ToList(), cancellationToken);

            var missing = Enumerable.Range(0, texts.Count).Where(i => !known.ContainsKey(hashes[i])).ToList();
            var computed = new Dictionary<string, float[]>(StringComparer.Ordinal);
            foreach (var batch in missing.Chunk(BatchSize))
            {
                var embeddings = await generator.GenerateAsync(batch.Select(i => texts[i].Text), cancellationToken: cancellationToken);
                if (embeddings.Count != batch.Length) throw new InvalidOperationException($"The embedding model returned {embeddings.Count} vectors for {batch.Length} texts.");
                for (var j = 0; j < batch.Length; j++) computed[hashes[batch[j]]] = embeddings[j].Vector.ToArray();
                EmbeddedCount += batch.Length;
            }
            if (cache is not null) await cache.PutManyAsync(_model, computed, cancellationToken);
            if (missing.Count > 0) _logger.LogInformation("Embedded {Count} talks with {Model}; {Cached} came from the cache", missing.Count, _model, texts.Count - missing.Count);

            var vectors = Enumerable.Range(0, texts.Count)
                .Select(i => (texts[i].Talk, known.TryGetValue(hashes[i], out var v) ? v : computed[hashes[i]]))
                .ToList();
            _index = (program, vectors);
            return vectors;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>What is embedded for a talk: its code, readable title, speakers and readable abstract.</summary>
    internal static string IndexText(Talk talk)
    {
        var parts = new List<string> { talk.Code };
        if (!talk.TitleIsNoise && !string.IsNullOrWhiteSpace(talk.Title)) parts.Add(talk.Title.Trim());
        if (talk.Speakers.Count > 0) parts.Add(string.Join(", ", talk.Speakers.Select(s => s.Name)));
        if (!talk.AbstractIsNoise && !string.IsNullOrWhiteSpace(talk.Abstract)) parts.Add(talk.Abstract.Trim());
        return string.Join("\n", parts);
    }

    private async Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken)
    {
        lock (_queries)
            if (_queries.TryGetValue(query, out var known)) return known;
        var embeddings = await generator.GenerateAsync([query], cancellationToken: cancellationToken);
        var vector = embeddings[0].Vector.ToArray();
        lock (_queries)
        {
            if (_queries.Count >= QueryCacheSize) _queries.Clear();
            _queries[query] = vector;
        }
        return vector;
    }

    internal static double Cosine(float[] a, float[] b)
    {
        if (a.Length != b.Length || a.Length == 0) return 0;
        var dot = System.Numerics.Tensors.TensorPrimitives.Dot(a, b);
        var norm = System.Numerics.Tensors.TensorPrimitives.Norm(a) * System.Numerics.Tensors.TensorPrimitives.Norm(b);
        return norm == 0 ? 0 : dot / norm;
    }
}
