using Lucene.Net.Search;

namespace Assistant.Search;

/// <summary>One search against one index: talk code first, then BM25 over the content words, filtered by <see cref="DeclineRule"/>.</summary>
internal static class ProgramQuery
{
    // Enough BM25 candidates that the decline rule can drop some and still fill the page.
    private const int MinCandidates = 20;

    public static IReadOnlyList<SearchHit> Run(TalkIndex index, string text, int limit)
    {
        if (limit <= 0 || string.IsNullOrWhiteSpace(text))
            return [];

        // "tell me about A4-1": the code decides; the words around it are searched as usual.
        var code = TalkCodeParser.Find(index.Program, text);
        var rest = code is { } c ? text.Remove(c.Index, c.Length) : text;

        var hits = new List<SearchHit>(limit);
        var terms = QueryPlan.Create(index, rest);
        if (QueryPlan.Combine(terms) is { } query)
        {
            var top = index.Searcher.Search(query, Math.Max(limit * 4, MinCandidates)).ScoreDocs;
            var coverage = DeclineRule.Coverage(index, terms, top);
            for (var i = 0; i < top.Length && hits.Count < limit; i++)
            {
                if (coverage[i] < DeclineRule.MinCoverage)
                    continue;
                var talk = index.TalkAt(top[i].Doc);
                if (code is { } named && ReferenceEquals(talk, named.Talk))
                    continue;
                hits.Add(new SearchHit(talk, top[i].Score, SnippetBuilder.ForQuery(query, talk)));
            }
        }

        if (code is { } found)
        {
            // A named talk ranks first; its score sits just above the best text match so scores stay ordered.
            var score = hits.Count > 0 ? hits[0].Score + 1 : 1;
            hits.Insert(0, new SearchHit(found.Talk, score, SnippetBuilder.Opening(found.Talk)));
            if (hits.Count > limit)
                hits.RemoveAt(hits.Count - 1);
        }
        return hits;
    }
}
