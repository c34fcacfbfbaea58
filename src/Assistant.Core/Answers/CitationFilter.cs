using System.Text.RegularExpressions;
using Assistant.ProgramData;

namespace Assistant.Answers;

/// <summary>
/// Keeps the model honest about sources: talk codes it cites that were not in its context are removed from the
/// answer, and the codes that remain (in order of first mention) become the reply's buttons.
/// </summary>
public static partial class CitationFilter
{
    public sealed record Result(string Text, IReadOnlyList<Talk> Cited);

    public static Result Apply(string answer, IReadOnlyList<Talk> context)
    {
        var allowed = context.ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
        var cited = new List<Talk>();

        void Cite(Talk talk)
        {
            if (!cited.Contains(talk)) cited.Add(talk);
        }

        // Bracketed groups first: "[A4-3]", "[A4-3, B1-2]", "【A4-3】"; unknown codes inside are dropped, an emptied group disappears.
        var text = Bracketed().Replace(answer, match =>
        {
            var codes = match.Groups["codes"].Value.Split([',', ';', '，', '、'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var kept = new List<string>();
            foreach (var code in codes)
            {
                if (allowed.TryGetValue(Normalize(code), out var talk)) { kept.Add(talk.Code); Cite(talk); }
                else if (!TalkCode().IsMatch(code)) kept.Add(code); // not a code at all ("[1]"): leave it
            }
            return kept.Count == 0 ? "" : $"[{string.Join(", ", kept)}]";
        });

        // Bare codes in running text: "A4-3 covers ...".
        text = BareCode().Replace(text, match =>
        {
            if (allowed.TryGetValue(Normalize(match.Value), out var talk)) { Cite(talk); return talk.Code; }
            return "";
        });

        text = Tidy(text);
        return new Result(text, cited);
    }

    private static string Normalize(string code) => DashVariants().Replace(code.Trim(), "-").ToUpperInvariant();

    private static string Tidy(string text)
    {
        text = SpaceBeforePunctuation().Replace(text, "$1");
        text = EmptyParentheses().Replace(text, "");
        text = RepeatedSpaces().Replace(text, " ");
        return string.Join("\n", text.Split('\n').Select(l => l.TrimEnd())).Trim();
    }

    [GeneratedRegex(@"[\[【](?<codes>[^\[\]【】\n]{1,80})[\]】]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^[A-Za-z]\d{1,2}\s*[-‐‑–—]\s*\d{1,2}$|^[A-Za-z]\d{1,2}$")]
    private static partial Regex TalkCode();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z]\d{1,2}[-‐‑–—]\d{1,2}(?![A-Za-z0-9])")]
    private static partial Regex BareCode();

    [GeneratedRegex(@"[‐‑–—]|\s*-\s*")]
    private static partial Regex DashVariants();

    [GeneratedRegex(@"[ \t]+([.,;:!?。，；：！？)])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"\(\s*\)")]
    private static partial Regex EmptyParentheses();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex RepeatedSpaces();
}
