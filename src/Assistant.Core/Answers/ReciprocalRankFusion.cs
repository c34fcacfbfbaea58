namespace Assistant.Answers;

/// <summary>
/// Reciprocal rank fusion (Cormack, Clarke &amp; Büttcher 2009): an item's score is Σ 1/(k + rank) over the rankings
/// it appears in. Needs no score calibration between BM25 and cosine similarity, which is why it is used here.
/// </summary>
public static class ReciprocalRankFusion
{
    public const int DefaultK = 60;

    /// <summary>Fused items, best first; ties keep the order of first appearance (lexical first).</summary>
    public static IReadOnlyList<(TKey Key, double Score)> Fuse<TKey>(IEnumerable<IReadOnlyList<TKey>> rankings, int k = DefaultK)
        where TKey : notnull
    {
        var scores = new Dictionary<TKey, double>();
        var firstSeen = new Dictionary<TKey, int>();
        foreach (var ranking in rankings)
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var key = ranking[rank];
                scores[key] = scores.GetValueOrDefault(key) + 1.0 / (k + rank + 1);
                firstSeen.TryAdd(key, firstSeen.Count);
            }
        return scores.OrderByDescending(kv => kv.Value).ThenBy(kv => firstSeen[kv.Key]).Select(kv => (kv.Key, kv.Value)).ToList();
    }
}
