using Assistant.Ai;
using Assistant.ProgramData;
using Assistant.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Assistant.Answers;

/// <summary>
/// Lexical search fused with embedding similarity by reciprocal rank fusion. Wraps the lexical <see cref="ITalkSearch"/>
/// when an embedding model is configured; vector hits below <see cref="AiOptions.MinSimilarity"/> do not count, and when
/// the lexical search found nothing only hits above <see cref="AiOptions.MinSimilarityAlone"/> do, so a query that
/// nothing answers still gets an empty list. If the embedding model fails or is slow, the lexical results serve.
/// </summary>
public sealed class HybridTalkSearch(
    ITalkSearch lexical, TalkEmbeddingIndex index, IOptions<AiOptions> options, TimeProvider time, ILogger<HybridTalkSearch>? logger = null)
    : ITalkSearch, IAsyncTalkSearch
{
    private const int MinCandidates = 20;

    private readonly AiOptions _options = options.Value;

    /// <summary>The wrapped lexical search.</summary>
    public ITalkSearch Lexical => lexical;
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>Synchronous callers (the offline engine) block on the query embedding, bounded by the request time-out.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 5) =>
        SearchAsync(query, limit, CancellationToken.None).GetAwaiter().GetResult();

    public Talk? FindCode(string text) => lexical.FindCode(text);

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        var candidates = Math.Max(limit * 4, MinCandidates);
        var lexicalHits = lexical.Search(query, candidates);
        IReadOnlyList<(Talk Talk, double Similarity)> vectorHits;
        try
        {
            using var timeout = new CancellationTokenSource(_options.RequestTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            // With lexical hits, vectors re-rank and add near matches; alone, only a close match may answer at all.
            var bar = lexicalHits.Count > 0 ? _options.MinSimilarity : Math.Max(_options.MinSimilarity, _options.MinSimilarityAlone);
            vectorHits = (await index.NearestAsync(query, candidates, linked.Token).ConfigureAwait(false))
                .Where(h => h.Similarity >= bar)
                .ToList();
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning(e, "Vector search failed; using lexical results only");
            return lexicalHits.Take(limit).ToList();
        }
        return Fuse(lexicalHits, vectorHits, limit);
    }

    internal static IReadOnlyList<SearchHit> Fuse(IReadOnlyList<SearchHit> lexicalHits, IReadOnlyList<(Talk Talk, double Similarity)> vectorHits, int limit)
    {
        var byId = new Dictionary<string, Talk>(StringComparer.Ordinal);
        foreach (var hit in lexicalHits) byId.TryAdd(hit.Talk.Id, hit.Talk);
        foreach (var hit in vectorHits) byId.TryAdd(hit.Talk.Id, hit.Talk);
        var snippets = lexicalHits.GroupBy(h => h.Talk.Id).ToDictionary(g => g.Key, g => g.First().Snippet);

        var fused = ReciprocalRankFusion.Fuse<string>([
            lexicalHits.Select(h => h.Talk.Id).Distinct().ToList(),
            vectorHits.Select(h => h.Talk.Id).Distinct().ToList(),
        ]);
        return fused
            .Take(limit)
            .Select(f => new SearchHit(byId[f.Key], (float)f.Score, snippets.GetValueOrDefault(f.Key) ?? Snippet(byId[f.Key])))
            .ToList();
    }

    private static string Snippet(Talk talk)
    {
        var text = !talk.AbstractIsNoise && !string.IsNullOrWhiteSpace(talk.Abstract) ? talk.Abstract : talk.Title;
        return Summaries.OfflineTalkSummarizer.Shorten(text.Trim(), 160);
    }
}
