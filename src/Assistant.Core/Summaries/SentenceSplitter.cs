using System.Text.RegularExpressions;

namespace Assistant.Summaries;

/// <summary>
/// Splits abstract text into sentences. A full stop ends a sentence only when the next word starts like a
/// sentence (capital, digit, bracket, quote) and the word before it is not an abbreviation ("e.g.", "et al.",
/// "Fig.", an initial such as "J."); Chinese 。！？ always end one.
/// </summary>
public static partial class SentenceSplitter
{
    // Lower-cased, without the final dot. Kept short and specific to scientific abstracts.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "al", "cf", "vs", "viz", "resp", "approx", "fig", "figs", "eq", "eqs", "sec", "ref", "refs",
        "thm", "prop", "lem", "def", "no", "vol", "pp", "ch", "dr", "prof", "mr", "mrs", "ms", "jr", "st", "etc", "esp",
        "incl", "w.r.t", "a.k.a", "u.s", "ph.d", "dept", "univ", "inc", "ltd", "co",
    };

    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var normalized = Whitespace().Replace(text.Trim(), " ");
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c is '。' or '！' or '？')
            {
                Add(sentences, normalized[start..(i + 1)]);
                start = i + 1;
                continue;
            }
            if (c is not ('.' or '!' or '?')) continue;

            // Swallow closing quotes/brackets that belong to the sentence: 'as shown (see [3]).'
            var end = i + 1;
            while (end < normalized.Length && normalized[end] is '"' or '\'' or ')' or ']' or '”' or '’') end++;
            if (end < normalized.Length && normalized[end] != ' ') continue; // "3.5", "e.g.," "U.S.-based"
            if (end < normalized.Length && !StartsSentence(normalized, end + 1)) continue;
            if (c == '.' && IsAbbreviation(normalized, i)) continue;

            Add(sentences, normalized[start..end]);
            start = end;
            i = end - 1;
        }
        if (start < normalized.Length) Add(sentences, normalized[start..]);
        return sentences;
    }

    private static bool StartsSentence(string text, int index)
    {
        if (index >= text.Length) return true;
        var c = text[index];
        return char.IsUpper(c) || char.IsDigit(c) || c is '(' or '[' or '"' or '“' or '\'' || c > 0x2E80;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && text[wordStart - 1] != ' ' && text[wordStart - 1] != '(') wordStart--;
        var word = text[wordStart..dot];
        if (word.Length == 0) return false;
        if (Abbreviations.Contains(word)) return true;
        // A single capital letter is an initial ("J. Smith"); a lower-case one ends maths ("for a sample of size n.").
        return word.Length == 1 && char.IsUpper(word[0]);
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0) sentences.Add(trimmed);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
