using System.Text.RegularExpressions;

namespace Assistant.ProgramData.Book;

/// <summary>
/// Tells readable Latin-script text from OCR noise (Chinese glyphs read as Latin letters).
/// </summary>
/// <remarks>
/// The heuristic, in order:
/// a token is a <em>word</em> when its letters form a lower-case word with a vowel ("Deep", "of", "reconstruction"),
/// or when its lower-cased letters occur as such a word elsewhere in the same source (so the all-caps title
/// "PROXIMAL POINT METHODS" is readable because "proximal", "point" and "methods" occur in abstracts,
/// while the all-caps junk "BLRAR" or "JARFISTETE" is not). Hyphenated tokens are words when any part is.
/// Single letters, numbers and mixed junk ("R4k", "f5:305", "SiRHIESE") are not words; pure punctuation is ignored.
/// A text is readable when at least <see cref="ReadableShare"/> of its tokens are words.
/// </remarks>
public sealed partial class Legibility
{
    public const double ReadableShare = 0.5;

    private readonly HashSet<string> _lexicon;

    public Legibility(IEnumerable<string>? lexicon = null) =>
        _lexicon = new HashSet<string>(lexicon ?? [], StringComparer.OrdinalIgnoreCase);

    /// <summary>A legibility judge whose lexicon is the lower-case words of <paramref name="corpus"/>.</summary>
    public static Legibility FromCorpus(string corpus) =>
        new(Tokens(corpus).Select(LettersOnly).Where(t => t.Length >= 3 && IsWordShape(t)).Select(t => t.ToLowerInvariant()));

    /// <summary>Share of tokens that are words (0 when there are no tokens).</summary>
    public double WordShare(string text)
    {
        var tokens = Tokens(text).Where(t => t.Any(char.IsLetterOrDigit)).ToList();
        return tokens.Count == 0 ? 0 : (double)tokens.Count(IsWord) / tokens.Count;
    }

    public int WordCount(string text) => Tokens(text).Count(IsWord);

    public bool IsReadable(string text) => WordShare(text) >= ReadableShare;

    public bool IsWord(string token) =>
        token.Split('-', '/').Select(LettersOnly).Any(part =>
            part.Length >= 2 && (IsWordShape(part) || _lexicon.Contains(part)));

    private static IEnumerable<string> Tokens(string text) =>
        text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);

    // Strips punctuation at the ends ("(UN-)BALANCED" -> parts "UN", "BALANCED"; "Escaping," -> "Escaping");
    // a token with letters mixed with digits or symbols inside stays junk.
    private static string LettersOnly(string token) => EdgePunctuation().Replace(token, "");

    private static bool IsWordShape(string letters) => WordShape().IsMatch(letters) && Vowel().IsMatch(letters);

    [GeneratedRegex(@"^[\p{P}\p{S}]+|[\p{P}\p{S}]+$")]
    private static partial Regex EdgePunctuation();

    [GeneratedRegex(@"^[A-Z]?[a-z]+(['’][a-z]+)?$")]
    private static partial Regex WordShape();

    [GeneratedRegex("[aeiouyAEIOUY]")]
    private static partial Regex Vowel();
}
