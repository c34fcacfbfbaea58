using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.ProgramData.Book;

/// <summary>
/// Reads the OCR'd abstract book (<c>data/abstract-book.txt</c>); the format is described in <c>data/README.md</c>.
/// </summary>
/// <remarks>
/// Layout, as the OCR left it: plenary titles first, each behind a garbled label ("WMEBE: title"), then a labelled
/// multi-line block that is the abstract of the plenary before it. Then one block per talk: a header line
/// "code title" (sometimes indented), optional title continuation lines, the speaker line(s), then "Abstract: ..."
/// running to the next header over page breaks and blank lines. Garbled session headings sit between blocks and
/// are dropped from the abstract they follow.
/// </remarks>
public static partial class AbstractBookParser
{
    private const int MaxTitleContinuations = 2;
    private const int MaxSpeakerLines = 2;

    public static AbstractBook Parse(string text, string file)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var legibility = Legibility.FromCorpus(text);
        var warnings = new List<ProgramIssue>();

        var candidates = new List<(int Index, string Raw, string TitleText)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var match = HeaderShape().Match(lines[i]);
            if (match.Success && OcrCodeRepair.Candidates(match.Groups[1].Value).Count > 0)
                candidates.Add((i, match.Groups[1].Value, match.Groups[2].Value.Trim()));
        }

        var resolved = OcrCodeRepair.Resolve(candidates.Select(c => c.Raw).ToList());
        var headers = new List<(int Index, TalkCode Code, string Raw, string TitleText)>();
        for (var k = 0; k < candidates.Count; k++)
        {
            var (index, raw, rest) = candidates[k];
            if (resolved[k] is { } code)
            {
                headers.Add((index, code, raw, rest));
                if (code.ToString() != raw)
                    warnings.Add(new ProgramIssue(file, index + 1, $"read the OCR-damaged code '{raw}' as {code}"));
            }
            else
            {
                warnings.Add(new ProgramIssue(file, index + 1,
                    $"'{raw}' looks like a talk code but fits no place between its neighbours; read as text"));
            }
        }

        var talks = new List<BookTalk>();
        var firstHeader = headers.Count > 0 ? headers[0].Index : lines.Length;
        talks.AddRange(ParsePlenaries(lines[..firstHeader], legibility));

        for (var h = 0; h < headers.Count; h++)
        {
            var (index, code, raw, rest) = headers[h];
            var end = h + 1 < headers.Count ? headers[h + 1].Index : lines.Length;
            var talk = ParseTalk(code.ToString(), rest, lines[(index + 1)..end], index + 1, legibility);
            talks.Add(talk with { PrintedCode = code.ToString() == raw ? null : raw });
        }

        return new AbstractBook(file, talks, warnings);
    }

    private static BookTalk ParseTalk(string code, string firstTitleLine, string[] block, int line, Legibility legibility)
    {
        var titleLines = new List<string> { firstTitleLine };
        var markerIndex = Array.FindIndex(block, IsAbstractMarker);
        var stop = markerIndex < 0 ? block.Length : markerIndex;
        var i = 0;

        // Title continuation: the next line (at most one blank line away) when it reads as text, is not shaped like
        // a speaker line, and is not the last thing before the abstract (every talk with an abstract names speakers).
        while (titleLines.Count <= MaxTitleContinuations)
        {
            var j = NextNonBlank(block, i, stop);
            if (j < 0 || j - i > 1)
                break;
            var candidate = block[j].Trim();
            var nothingFollows = NextNonBlank(block, j + 1, stop) < 0;
            if (!legibility.IsReadable(candidate) || LooksLikeSpeakerLine(candidate, legibility) || nothingFollows)
                break;
            titleLines.Add(candidate);
            i = j + 1;
        }

        var speakerLines = new List<string>();
        var s = NextNonBlank(block, i, stop);
        if (s >= 0)
        {
            while (s < stop && !string.IsNullOrWhiteSpace(block[s]) && speakerLines.Count < MaxSpeakerLines)
                speakerLines.Add(block[s++].Trim());
            i = s;
        }

        string[] abstractLines;
        if (markerIndex >= 0)
        {
            // Stray lines between the speaker line and the marker belong to the speaker block.
            speakerLines.AddRange(block[i..markerIndex].Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()));
            abstractLines = [MarkerPrefix().Replace(block[markerIndex], ""), .. block[(markerIndex + 1)..]];
        }
        else
        {
            abstractLines = block[i..];
        }

        return Build(code, JoinLines(titleLines), string.Join(" ", speakerLines), abstractLines, line, legibility);
    }

    private static IEnumerable<BookTalk> ParsePlenaries(string[] preamble, Legibility legibility)
    {
        // Items start at a labelled line; a single-line item is a title, a multi-line item is the abstract of the
        // title before it (the book prints "label: title" twice, then "label: abstract ...").
        var items = new List<(int Line, List<string> Lines)>();
        for (var i = 0; i < preamble.Length; i++)
        {
            var text = preamble[i].Trim();
            if (text.Length == 0)
                continue;
            var label = PlenaryLabel().Match(text);
            var continuesItem = !label.Success && items.Count > 0 && i > 0 && !string.IsNullOrWhiteSpace(preamble[i - 1]);
            if (continuesItem)
                items[^1].Lines.Add(text);
            else
                items.Add((i + 1, [label.Success ? label.Groups[1].Value.Trim() : text]));
        }

        var plenaries = new List<(int Line, string Title, List<string> Abstract)>();
        foreach (var (line, itemLines) in items)
        {
            if (itemLines.Count == 1 || plenaries.Count == 0)
                plenaries.Add((line, itemLines[0], itemLines.Count == 1 ? [] : itemLines));
            else
                plenaries[^1].Abstract.AddRange(itemLines);
        }

        return plenaries.Select((p, n) => Build($"P{n + 1}", p.Title, "", [.. p.Abstract], p.Line, legibility) with { IsPlenary = true });
    }

    private static BookTalk Build(string code, string title, string speakerLine, string[] abstractLines, int line, Legibility legibility)
    {
        var paragraphs = Paragraphs(abstractLines);

        // Garbled session headings ("T=. &S B3 TM: ...") follow the last abstract of a session; drop short
        // trailing noise once the abstract has readable text, but keep an abstract that is noise throughout.
        while (paragraphs.Count > 1 && paragraphs[^1].Count <= 2 && !legibility.IsReadable(string.Join(" ", paragraphs[^1]))
               && paragraphs.Take(paragraphs.Count - 1).Any(p => legibility.IsReadable(string.Join(" ", p))))
            paragraphs.RemoveAt(paragraphs.Count - 1);

        var abstractText = JoinLines(paragraphs.SelectMany(p => p));
        return new BookTalk(code, title, abstractText, speakerLine, SpeakerLineParser.Parse(speakerLine, legibility), line)
        {
            TitleIsNoise = !legibility.IsReadable(title),
            AbstractIsNoise = abstractText.Length == 0 || !legibility.IsReadable(abstractText),
        };
    }

    private static List<List<string>> Paragraphs(IEnumerable<string> lines)
    {
        var paragraphs = new List<List<string>> { new() };
        foreach (var raw in lines)
        {
            var text = raw.Trim();
            if (text.Length == 0)
            {
                if (paragraphs[^1].Count > 0)
                    paragraphs.Add([]);
            }
            else
            {
                paragraphs[^1].Add(text);
            }
        }

        return paragraphs.Where(p => p.Count > 0).ToList();
    }

    /// <summary>Joins wrapped lines; a line ending in a hyphenated word ("Chan-", "ill-") joins without a space.</summary>
    internal static string JoinLines(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var raw in lines)
        {
            var text = raw.Trim();
            if (text.Length == 0)
                continue;
            if (sb.Length > 0)
            {
                var hyphenated = sb.Length >= 2 && sb[^1] == '-' && char.IsLetter(sb[^2]) && char.IsLetter(text[0]);
                if (!hyphenated)
                    sb.Append(' ');
            }

            sb.Append(text);
        }

        return WhiteSpace().Replace(sb.ToString(), " ");
    }

    private static bool LooksLikeSpeakerLine(string text, Legibility legibility)
    {
        var comma = text.IndexOfAny([',', '，']);
        return comma >= 0 && !legibility.IsReadable(text[..comma]);
    }

    private static bool IsAbstractMarker(string line) => MarkerPrefix().IsMatch(line);

    private static int NextNonBlank(string[] block, int from, int stop)
    {
        for (var j = from; j < stop; j++)
            if (!string.IsNullOrWhiteSpace(block[j]))
                return j;
        return -1;
    }

    [GeneratedRegex(@"^\s?(\S\S-\S{1,2})(?:\s+(.*))?$")]
    private static partial Regex HeaderShape();

    [GeneratedRegex(@"^\s*Abstract\s*[:：]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex MarkerPrefix();

    [GeneratedRegex(@"^[^\s:：]{1,8}[:：]\s*(.+)$")]
    private static partial Regex PlenaryLabel();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex WhiteSpace();
}
