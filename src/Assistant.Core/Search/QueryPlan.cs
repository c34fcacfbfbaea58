using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Assistant.Search;

/// <summary>One content word of a query: its stem, its weight for the decline rule, and the clause that finds it.</summary>
/// <param name="Clause">Null when the word is neither in the index nor within typo distance of anything in it.</param>
internal sealed record ContentTerm(string Stem, double Idf, Query? Clause, bool IsFuzzy);

/// <summary>
/// Turns a question into Lucene clauses: filler and stop words dropped, the rest stemmed; each word is
/// looked up in title, speakers and abstract (boosted per <see cref="TalkFields"/>) and as a session code.
/// A word the index does not contain is tried as a typo instead (its edit-distance neighbours, at lower weight);
/// words the index does contain never get typo alternatives, so a correct word cannot drift to its neighbours.
/// </summary>
internal static partial class QueryPlan
{
    private static readonly Analyzer QueryAnalyzer = new ProgramAnalyzer(SearchStopWords.Query);

    // Typos are assumed to spare the first two letters; that keeps "lunch" from meeting "launch".
    private const int FuzzyPrefix = 2;
    private const int FuzzyExpansions = 50;

    // A pasted paragraph should not become a thousand-clause query; the first words of a question carry it.
    private const int MaxTerms = 32;

    [GeneratedRegex(@"^\p{L}\d{1,2}$")]
    private static partial Regex SessionCodeShape();

    public static IReadOnlyList<ContentTerm> Create(TalkIndex index, string text)
    {
        var terms = new List<ContentTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in Analyze(QueryAnalyzer, ChineseGlossary.Translate(text)))
        {
            // Bare numbers ("2", "2023") in a question are times or counts, not topics; a lone Latin letter (the "b"
            // of "<b>hi</b>") only meets OCR debris in the garbled speaker lines.
            if (!stem.All(char.IsDigit) && !IsLoneLetter(stem) && seen.Add(stem))
                terms.Add(Plan(index, stem));
            if (terms.Count == MaxTerms)
                break;
        }
        return terms;
    }

    private static bool IsLoneLetter(string stem) => stem.Length == 1 && char.IsAsciiLetter(stem[0]);

    /// <summary>All clauses as one disjunction ranked by BM25, or null when nothing can match.</summary>
    public static Query? Combine(IReadOnlyList<ContentTerm> terms)
    {
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            if (term.Clause is not null)
                query.Add(term.Clause, Occur.SHOULD);
        }
        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>
    /// Edits allowed by the length of the stem. Short words are too easily one edit from another word, and two
    /// edits only once the word is long enough that two are still a small part of it ("dinner" is two from "differ").
    /// </summary>
    internal static int MaxEdits(int stemLength) => stemLength switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };

    private static ContentTerm Plan(TalkIndex index, string stem)
    {
        var reader = index.Reader;
        var docFreq = 0;
        var exact = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, boost) in TalkFields.Text)
        {
            var term = new Term(field, stem);
            var df = reader.DocFreq(term);
            if (df == 0)
                continue;
            docFreq = Math.Max(docFreq, df);
            exact.Add(new TermQuery(term) { Boost = boost });
        }

        if (SessionCodeShape().IsMatch(stem))
        {
            var term = new Term(TalkFields.Session, stem);
            var df = reader.DocFreq(term);
            if (df > 0)
            {
                docFreq = Math.Max(docFreq, df);
                exact.Add(new TermQuery(term) { Boost = TalkFields.SessionBoost });
            }
        }

        var idf = Idf(docFreq, index.Count);
        if (docFreq > 0)
            return new ContentTerm(stem, idf, exact, IsFuzzy: false);

        var maxEdits = MaxEdits(stem.Length);
        if (maxEdits == 0 || stem.Length <= FuzzyPrefix)
            return new ContentTerm(stem, idf, null, IsFuzzy: false);

        var fuzzy = TypoAlternatives(reader, stem, maxEdits);
        return fuzzy is null
            ? new ContentTerm(stem, idf, null, IsFuzzy: true)
            : new ContentTerm(stem, idf, fuzzy, IsFuzzy: true);
    }

    /// <summary>
    /// The indexed words within <paramref name="maxEdits"/> of <paramref name="stem"/> (same first letters) in every
    /// text field, as term queries at <see cref="TalkFields.FuzzyWeight"/> scaled down by the edits they need
    /// (as <see cref="FuzzyQuery"/> weighs its expansions); null when there are none.
    /// </summary>
    private static DisjunctionMaxQuery? TypoAlternatives(IndexReader reader, string stem, int maxEdits)
    {
        var alternatives = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, boost) in TalkFields.Text)
        {
            if (MultiFields.GetTerms(reader, field) is not { } terms)
                continue;
            foreach (var (term, edits) in TypoNeighbours.Find(terms, stem, FuzzyPrefix, maxEdits, FuzzyExpansions))
            {
                var similarity = 1f - (float)edits / stem.Length;
                alternatives.Add(new TermQuery(new Term(field, term)) { Boost = boost * TalkFields.FuzzyWeight * similarity });
            }
        }
        return alternatives.Disjuncts.Count == 0 ? null : alternatives;
    }

    /// <summary>BM25's inverse document frequency; an absent word gets the largest value, as if one half document had it.</summary>
    internal static double Idf(int docFreq, int docCount) =>
        Math.Log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));

    private static List<string> Analyze(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("q", text);
        var chars = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(chars.ToString());
        stream.End();
        return tokens;
    }
}
