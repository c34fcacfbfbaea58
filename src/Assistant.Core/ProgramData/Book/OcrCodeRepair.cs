namespace Assistant.ProgramData.Book;

/// <summary>
/// Repairs talk codes damaged by OCR ("Al-1" for A1-1, "Ad-2" for A4-2) by rule, not by a table of known cases.
/// </summary>
/// <remarks>
/// A raw code is <c>X?-?</c> (two characters, a dash, one or two characters). Each position has a kind: the first is a
/// session letter, the others are digits. A character of the wrong kind is replaced by every character it is commonly
/// confused with (<see cref="DigitLookalikes"/>, <see cref="LetterLookalikes"/>); the candidates are the combinations.
/// A candidate is accepted only when it fits the sequence: strictly after the previous accepted code and strictly
/// before the next clean code of the book (codes are printed in ascending order). When several fit, the one sharing
/// a session with a neighbour wins, then the smallest. A raw code with no fitting candidate is not a talk code.
/// </remarks>
public static class OcrCodeRepair
{
    /// <summary>Characters OCR confuses with digits.</summary>
    public static readonly IReadOnlyDictionary<char, string> DigitLookalikes = new Dictionary<char, string>
    {
        ['l'] = "1", ['I'] = "1", ['i'] = "1", ['|'] = "1", ['!'] = "1", ['L'] = "1", ['j'] = "1",
        ['O'] = "0", ['o'] = "0", ['Q'] = "0", ['D'] = "0",
        ['Z'] = "2", ['z'] = "2",
        ['E'] = "3",
        ['d'] = "4", ['A'] = "4", ['h'] = "4",
        ['S'] = "5", ['s'] = "5",
        ['G'] = "6", ['b'] = "6",
        ['T'] = "7",
        ['B'] = "8",
        ['g'] = "9", ['q'] = "9",
    };

    /// <summary>Digits OCR produces for session letters.</summary>
    public static readonly IReadOnlyDictionary<char, string> LetterLookalikes = new Dictionary<char, string>
    {
        ['4'] = "A", ['8'] = "B", ['6'] = "G", ['0'] = "DO", ['1'] = "I", ['5'] = "S", ['2'] = "Z", ['3'] = "B",
    };

    /// <summary>The candidate codes a raw code may stand for; a clean code yields itself only.</summary>
    public static IReadOnlyList<TalkCode> Candidates(string raw)
    {
        var parts = raw.Trim().Split('-');
        if (parts.Length != 2 || parts[0].Length != 2 || parts[1].Length is < 1 or > 2)
            return [];

        var letters = char.IsAsciiLetter(parts[0][0]) ? [char.ToUpperInvariant(parts[0][0]).ToString()]
            : LetterLookalikes.TryGetValue(parts[0][0], out var l) ? l.Select(c => c.ToString()).ToArray() : [];
        var sessions = DigitOptions(parts[0][1..]);
        var numbers = DigitOptions(parts[1]);

        var result = new List<TalkCode>();
        foreach (var letter in letters)
            foreach (var session in sessions)
                foreach (var number in numbers)
                    if (TalkCode.TryParse($"{letter}{session}-{number}", out var code) && code.Session > 0 && code.Number > 0)
                        result.Add(code);
        return result;
    }

    /// <summary>
    /// Resolves a run of raw codes in book order. Returns, per input, the repaired code or null when the raw
    /// code cannot be a talk code at that place.
    /// </summary>
    public static IReadOnlyList<TalkCode?> Resolve(IReadOnlyList<string> rawCodes)
    {
        var clean = rawCodes.Select(r => TalkCode.TryParse(r, out var c) ? c : (TalkCode?)null).ToArray();
        var result = new TalkCode?[rawCodes.Count];
        TalkCode? previous = null;
        for (var i = 0; i < rawCodes.Count; i++)
        {
            if (clean[i] is { } exact)
            {
                result[i] = exact;
                previous = exact;
                continue;
            }

            var next = clean.Skip(i + 1).FirstOrDefault(c => c is not null);
            var fitting = Candidates(rawCodes[i])
                .Where(c => (previous is null || c > previous.Value) && (next is null || c < next.Value))
                .OrderByDescending(c => c.SessionCode == previous?.SessionCode || c.SessionCode == next?.SessionCode)
                .ThenBy(c => c)
                .ToList();
            if (fitting.Count > 0)
            {
                result[i] = fitting[0];
                previous = fitting[0];
            }
        }

        return result;
    }

    private static string[] DigitOptions(string raw)
    {
        IEnumerable<string> options = [""];
        foreach (var ch in raw)
        {
            var choices = char.IsAsciiDigit(ch) ? ch.ToString() : DigitLookalikes.GetValueOrDefault(ch, "");
            options = options.SelectMany(prefix => choices.Select(c => prefix + c)).ToList();
        }

        return options.Where(o => o.Length == raw.Length).ToArray();
    }
}
