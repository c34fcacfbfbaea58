using Assistant.Ai;
using Assistant.ProgramData;

namespace Assistant.Summaries;

/// <summary>The no-model summariser: the most central sentences of the abstract (<see cref="ExtractiveSummarizer"/>).</summary>
public sealed class OfflineTalkSummarizer : ITalkSummarizer
{
    private const int SessionLineLength = 220;

    public Task<TalkSummary> SummarizeTalkAsync(Talk talk, ReplyLanguage language, CancellationToken cancellationToken) =>
        Task.FromResult(Summarize(talk, language));

    public Task<SessionSummary> SummarizeSessionAsync(Session session, IReadOnlyList<Talk> talks, ReplyLanguage language, CancellationToken cancellationToken)
    {
        var lines = talks.Select(t => new SessionSummaryLine(t, SessionLine(t, language))).ToList();
        return Task.FromResult(new SessionSummary(lines, SummarySource.Extract));
    }

    public static TalkSummary Summarize(Talk talk, ReplyLanguage language)
    {
        if (!HasReadableAbstract(talk)) return new TalkSummary(SummaryTexts.NoAbstract(language), SummarySource.NoAbstract);
        var sentences = ExtractiveSummarizer.Summarize(talk.Abstract);
        return sentences.Count == 0
            ? new TalkSummary(SummaryTexts.NoAbstract(language), SummarySource.NoAbstract)
            : new TalkSummary(string.Join(" ", sentences), SummarySource.Extract);
    }

    public static bool HasReadableAbstract(Talk talk) => !talk.AbstractIsNoise && !string.IsNullOrWhiteSpace(talk.Abstract);

    private static string SessionLine(Talk talk, ReplyLanguage language)
    {
        if (!HasReadableAbstract(talk)) return SummaryTexts.NoAbstractShort(language);
        var sentence = ExtractiveSummarizer.Summarize(talk.Abstract, maxSentences: 1).FirstOrDefault();
        return sentence is null ? SummaryTexts.NoAbstractShort(language) : Shorten(sentence, SessionLineLength);
    }

    internal static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
