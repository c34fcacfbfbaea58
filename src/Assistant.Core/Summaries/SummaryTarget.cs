using System.Text.RegularExpressions;
using Assistant.ProgramData;

namespace Assistant.Summaries;

/// <summary>What a summary request names: one talk, or a session with its talks.</summary>
public abstract record SummaryTarget
{
    public sealed record OfTalk(Talk Talk) : SummaryTarget;

    public sealed record OfSession(Session Session, IReadOnlyList<Talk> Talks) : SummaryTarget;
}

/// <summary>
/// Recognises summary requests: the argument of /summary ("A4-3", "a4 3", "session B3"), and free text that
/// asks for one ("summarise A4-3", "summary of A4-3", "总结 A4-3", "Summarise session B3").
/// </summary>
public static partial class SummaryRequestParser
{
    /// <summary>The first talk or session code in <paramref name="text"/> that exists in the program.</summary>
    public static SummaryTarget? Resolve(string text, ConferenceProgram program)
    {
        foreach (Match match in Code().Matches(text))
        {
            var head = $"{char.ToUpperInvariant(match.Groups["letter"].Value[0])}{match.Groups["number"].Value}";
            if (match.Groups["sub"].Success)
            {
                if (program.FindByCode($"{head}-{match.Groups["sub"].Value}") is { } talk) return new SummaryTarget.OfTalk(talk);
                continue;
            }
            if (program.FindByCode(head) is { } single) return new SummaryTarget.OfTalk(single); // plenaries: "P1"
            if (program.FindSession(head) is { } session) return new SummaryTarget.OfSession(session, program.TalksInSession(session.Code).ToList());
        }
        return null;
    }

    /// <summary>A target when the text asks for a summary and names a talk or session of the program; otherwise null (an ordinary question).</summary>
    public static SummaryTarget? ParseFreeText(string text, ConferenceProgram program) =>
        Keyword().IsMatch(text) ? Resolve(text, program) : null;

    /// <summary>True when the text looks like a summary request even if the code it names is unknown.</summary>
    public static bool LooksLikeRequest(string text) => Keyword().IsMatch(text) && Code().IsMatch(text);

    [GeneratedRegex(@"summar(?:y|ies|ise|ize|ised|ized|ising|izing)\b|\bsum\s+up\b|\btl;?dr\b|总结|概括|概述|摘要|简介", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();

    // "A4-3", "a4 3", "A4–3", "B3"; not inside a longer word or number ("MA4-3x", "A45-10" is fine: 2 digits each).
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?<letter>[A-Za-z])(?<number>\d{1,2})(?:\s*[-‐‑–—_ ]\s*(?<sub>\d{1,2}))?(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
