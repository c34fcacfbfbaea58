using System.Text.RegularExpressions;
using Assistant.ProgramData;

namespace Assistant.Search;

/// <summary>Finds a talk code in free text however it is typed ("a4-1", "A4 1", "A4-1.", "B2–4", "plenary 2").</summary>
internal static partial class TalkCodeParser
{
    /// <summary>The talk and the span of text that named it (so the rest of the text can still be searched).</summary>
    public readonly record struct CodeMatch(Talk Talk, int Index, int Length);

    // Session letter, session number, any separator (hyphen, dashes, dot, slash, space), talk number.
    // The look-arounds keep "A4 10:30" or "A4-1pm" from reading as a code.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(\p{L})\s?(\d{1,2})\s*[-‐‑‒–—_./]?\s*(\d{1,2})(?![\p{L}\p{N}]|[:.]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SessionTalk();

    // Codes without a talk number, as the plenaries have ("P1"). Session codes ("A4") take this form too;
    // they are not talks, so the program lookup rejects them.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(\p{L})\s?-?\s?(\d{1,2})(?![\p{L}\p{N}]|[:.]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SingleCode();

    [GeneratedRegex(@"(?<![\p{L}])(?:plenary|keynote)(?:\s+(?:talk|lecture))?\s*(?:no\.?|number|#)?\s*(\d{1,2})(?!\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PlenaryWord();

    public static CodeMatch? Find(ConferenceProgram program, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;

        foreach (Match m in SessionTalk().Matches(text))
        {
            var code = $"{m.Groups[1].Value}{m.Groups[2].Value}-{m.Groups[3].Value}";
            if (program.FindByCode(code) is { } talk)
                return new CodeMatch(talk, m.Index, m.Length);
        }

        foreach (Match m in SingleCode().Matches(text))
        {
            if (program.FindByCode($"{m.Groups[1].Value}{m.Groups[2].Value}") is { } talk)
                return new CodeMatch(talk, m.Index, m.Length);
        }

        foreach (Match m in PlenaryWord().Matches(text))
        {
            if (program.FindByCode($"P{m.Groups[1].Value}") is { } talk)
                return new CodeMatch(talk, m.Index, m.Length);
        }

        return null;
    }
}
