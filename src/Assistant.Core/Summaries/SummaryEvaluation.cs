using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Assistant.Summaries;

/// <summary>
/// Scores the extractive summariser against hand-picked reference sentences (summary-eval.json): per abstract,
/// recall = reference sentences chosen / reference sentences, precision = chosen sentences that are references /
/// chosen sentences; the figures are macro averages. A lead-k baseline (the first k sentences) is scored alongside.
/// </summary>
public static partial class SummaryEvaluation
{
    public sealed record Item(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("abstract")] string Abstract,
        [property: JsonPropertyName("expected")] IReadOnlyList<string> Expected);

    public sealed record ItemScore(string Code, int Chosen, int Expected, int Matched)
    {
        public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;
        public double Precision => Chosen == 0 ? 0 : (double)Matched / Chosen;
    }

    public sealed record Report(IReadOnlyList<ItemScore> Items, double Recall, double Precision, double LeadRecall, double LeadPrecision)
    {
        public double F1 => Recall + Precision == 0 ? 0 : 2 * Recall * Precision / (Recall + Precision);
    }

    public static IReadOnlyList<Item> Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("items").Deserialize<List<Item>>()
            ?? throw new InvalidDataException($"{path} has no items.");
    }

    public static Report Run(IReadOnlyList<Item> items)
    {
        var scores = items.Select(i => Score(i, ExtractiveSummarizer.Summarize(i.Abstract))).ToList();
        var lead = items.Select(i =>
        {
            var sentences = SentenceSplitter.Split(i.Abstract);
            return Score(i, sentences.Take(ExtractiveSummarizer.DefaultLength(sentences.Count)).ToList());
        }).ToList();
        return new Report(scores, scores.Average(s => s.Recall), scores.Average(s => s.Precision),
            lead.Average(s => s.Recall), lead.Average(s => s.Precision));
    }

    private static ItemScore Score(Item item, IReadOnlyList<string> chosen)
    {
        var expected = item.Expected.Select(Normalize).ToHashSet(StringComparer.Ordinal);
        var matched = chosen.Select(Normalize).Count(expected.Contains);
        return new ItemScore(item.Code, chosen.Count, expected.Count, matched);
    }

    private static string Normalize(string sentence) => Spaces().Replace(sentence.Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
