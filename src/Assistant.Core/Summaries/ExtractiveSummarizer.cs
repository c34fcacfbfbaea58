using System.Text.RegularExpressions;

namespace Assistant.Summaries;

/// <summary>
/// Picks the most central sentences of an abstract, in their original order: the offline summary.
/// </summary>
/// <remarks>
/// Method (position-biased TextRank over TF-IDF sentence vectors):
/// <list type="number">
/// <item>Split into sentences (<see cref="SentenceSplitter"/>); tokenise into lower-case words without stop words
/// (Chinese text into character bigrams).</item>
/// <item>Weight each term by TF-IDF, the "documents" being the abstract's sentences, and take the cosine similarity
/// of every pair of sentences: a weighted graph.</item>
/// <item>Rank sentences by PageRank on that graph (damping 0.85). The random jump favours early sentences
/// (weight 1/√(position+1)), because abstracts state their topic first; this is PositionRank's bias applied to TextRank.</item>
/// <item>Multiply by a cue weight (Edmundson 1969): ×1.5 per contribution phrase such as "we propose", "in this talk"
/// (at most two), ×0.6 for background phrases such as "however", "existing".</item>
/// <item>Keep the top k (k = all for up to 3 sentences, 2 for 4–5, 3 from 6), never fragments of fewer than
/// 4 words when longer sentences exist, and return them in reading order.</item>
/// </list>
/// Never returns an empty list for a non-empty text: at worst the first sentence.
/// </remarks>
public static partial class ExtractiveSummarizer
{
    private const double Damping = 0.85;
    private const int Iterations = 60;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
        "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "during", "each", "few", "for",
        "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "however", "i",
        "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of",
        "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she", "should", "so", "some",
        "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to",
        "too", "under", "until", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
        "whom", "why", "will", "with", "would", "you", "your", "via", "well", "may", "might", "must", "shall", "e.g", "i.e",
        "et", "al", "talk", "paper", "work", "present", "show", "propose", "proposed", "new", "based", "using", "use", "used",
    };

    /// <summary>The chosen sentences in reading order.</summary>
    public static IReadOnlyList<string> Summarize(string? text, int? maxSentences = null)
    {
        var sentences = SentenceSplitter.Split(text);
        if (sentences.Count == 0) return [];
        var k = maxSentences ?? DefaultLength(sentences.Count);
        if (sentences.Count <= k) return sentences;

        var ranks = Rank(sentences);
        var scores = Enumerable.Range(0, sentences.Count).Select(i => ranks[i] * CueWeight(sentences[i])).ToArray();
        var substantial = Enumerable.Range(0, sentences.Count).Where(i => WordCount(sentences[i]) >= 4).ToList();
        var candidates = substantial.Count >= k ? substantial : Enumerable.Range(0, sentences.Count).ToList();
        return candidates
            .OrderByDescending(i => scores[i]).ThenBy(i => i)
            .Take(k)
            .Order()
            .Select(i => sentences[i])
            .ToList();
    }

    /// <summary>
    /// Edmundson's cue method for abstracts: sentences announcing the contribution ("we propose", "in this talk")
    /// are boosted, sentences giving background or prior work ("however", "existing methods") damped.
    /// </summary>
    internal static double CueWeight(string sentence)
    {
        var lower = sentence.ToLowerInvariant();
        var bonus = BonusCues.Count(lower.Contains);
        var weight = 1 + 0.5 * Math.Min(bonus, 2);
        if (StigmaCues.Any(c => lower.StartsWith(c, StringComparison.Ordinal) || lower.Contains(" " + c))) weight *= 0.6;
        return weight;
    }

    private static readonly string[] BonusCues =
    [
        "we propose", "we present", "we introduce", "we develop", "we establish", "we prove", "we show", "we demonstrate",
        "in this talk", "in this work", "in this paper", "this talk", "this paper proposes", "our approach", "our method",
        "our results", "novel", "framework", "we focus", "我们提出", "本报告", "我们证明",
    ];

    private static readonly string[] StigmaCues =
    [
        "however", "although", "in recent years", "recently", "is known", "are known", "existing", "traditional", "typically", "has been used",
    ];

    internal static int DefaultLength(int sentenceCount) => sentenceCount switch { <= 3 => sentenceCount, <= 5 => 2, _ => 3 };

    /// <summary>TextRank centrality of each sentence (sums to 1).</summary>
    internal static double[] Rank(IReadOnlyList<string> sentences)
    {
        var n = sentences.Count;
        var vectors = TfIdf(sentences.Select(Tokenize).ToList());
        var weights = new double[n, n];
        var outWeight = new double[n];
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
            {
                var w = Cosine(vectors[i], vectors[j]);
                weights[i, j] = weights[j, i] = w;
                outWeight[i] += w;
                outWeight[j] += w;
            }

        var jump = Enumerable.Range(0, n).Select(i => 1 / Math.Sqrt(i + 1)).ToArray();
        var jumpTotal = jump.Sum();
        for (var i = 0; i < n; i++) jump[i] /= jumpTotal;

        var score = (double[])jump.Clone();
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var next = new double[n];
            var dangling = 0.0;
            for (var j = 0; j < n; j++) if (outWeight[j] == 0) dangling += score[j];
            for (var i = 0; i < n; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < n; j++)
                    if (weights[j, i] > 0) sum += weights[j, i] / outWeight[j] * score[j];
                next[i] = (1 - Damping) * jump[i] + Damping * (sum + dangling * jump[i]);
            }
            score = next;
        }
        return score;
    }

    internal static IReadOnlyList<string> Tokenize(string sentence)
    {
        var tokens = new List<string>();
        foreach (Match match in Word().Matches(sentence.ToLowerInvariant()))
        {
            var word = match.Value;
            if (IsCjk(word[0]))
            {
                for (var i = 0; i + 1 < word.Length; i++) tokens.Add(word.Substring(i, 2));
                if (word.Length == 1) tokens.Add(word);
                continue;
            }
            if (word.Length < 2 || StopWords.Contains(word) || word.All(char.IsDigit)) continue;
            tokens.Add(Stem(word));
        }
        return tokens;
    }

    // Plural/verb endings only: enough for "algorithms"/"algorithm" and "networks"/"network" to meet.
    private static string Stem(string word) =>
        word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal) ? word[..^1]
        : word;

    private static List<Dictionary<string, double>> TfIdf(List<IReadOnlyList<string>> documents)
    {
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in documents.SelectMany(d => d.Distinct())) documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        var n = documents.Count;
        return documents.Select(d => d
            .GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count() * (Math.Log((1.0 + n) / (1.0 + documentFrequency[g.Key])) + 1.0), StringComparer.Ordinal))
            .ToList();
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = small.Sum(kv => large.TryGetValue(kv.Key, out var w) ? kv.Value * w : 0);
        if (dot == 0) return 0;
        return dot / (Math.Sqrt(a.Values.Sum(v => v * v)) * Math.Sqrt(b.Values.Sum(v => v * v)));
    }

    private static int WordCount(string sentence) => Word().Matches(sentence).Sum(m => IsCjk(m.Value[0]) ? Math.Max(1, m.Length / 2) : 1);

    private static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-']*")]
    private static partial Regex Word();
}
