using Assistant.Ai;
using Assistant.ProgramData;

namespace Assistant.Summaries;

/// <summary>Summaries of talks and sessions: extractive offline, by the language model when one is configured.</summary>
public interface ITalkSummarizer
{
    /// <summary>Never empty: for a talk without a readable abstract the text says so.</summary>
    Task<TalkSummary> SummarizeTalkAsync(Talk talk, ReplyLanguage language, CancellationToken cancellationToken);

    /// <summary>One line per talk, in program order.</summary>
    Task<SessionSummary> SummarizeSessionAsync(Session session, IReadOnlyList<Talk> talks, ReplyLanguage language, CancellationToken cancellationToken);
}
