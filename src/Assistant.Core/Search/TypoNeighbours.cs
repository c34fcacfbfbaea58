using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Assistant.Search;

/// <summary>
/// Indexed words within a few edits of a query word, sharing its first letters: the expansion a Lucene
/// <c>FuzzyQuery</c> with a prefix length computes (as the sandbox's <c>SlowFuzzyQuery</c> did), found by walking the
/// terms that share the prefix instead of compiling a Levenshtein automaton per word, which in Lucene.NET costs
/// milliseconds; with a two-letter prefix only a few hundred terms are ever compared.
/// </summary>
internal static class TypoNeighbours
{
    public static IEnumerable<(BytesRef Term, int Edits)> Find(Terms terms, string word, int prefixLength, int maxEdits, int limit)
    {
        var prefix = new BytesRef(word[..prefixLength]);
        var termsEnum = terms.GetEnumerator();
        if (termsEnum.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
            yield break;

        var found = 0;
        do
        {
            var term = termsEnum.Term;
            if (!StringHelper.StartsWith(term, prefix))
                yield break;
            var candidate = term.Utf8ToString();
            if (Math.Abs(candidate.Length - word.Length) > maxEdits)
                continue;
            var edits = Distance(word, candidate, maxEdits);
            if (edits > 0 && edits <= maxEdits)
            {
                yield return (BytesRef.DeepCopyOf(term), edits);
                if (++found == limit)
                    yield break;
            }
        }
        while (termsEnum.MoveNext());
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions, as Lucene's fuzzy matching); above <paramref name="max"/> it returns max + 1.</summary>
    internal static int Distance(string a, string b, int max)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max)
                return max + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return Math.Min(previous[b.Length], max + 1);
    }
}
