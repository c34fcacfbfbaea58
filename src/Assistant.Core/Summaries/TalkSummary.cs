namespace Assistant.Summaries;

/// <summary>Where a summary came from; tells the reply which note to show.</summary>
public enum SummarySource
{
    /// <summary>Sentences extracted from the abstract (no model).</summary>
    Extract,

    /// <summary>Written by the language model now.</summary>
    Model,

    /// <summary>Written by the language model earlier and read from the cache.</summary>
    Cache,

    /// <summary>The talk has no readable abstract; <see cref="TalkSummary.Text"/> says so.</summary>
    NoAbstract,
}

/// <summary>A talk's summary; <see cref="Notice"/> is a one-line remark for the user (e.g. the model timed out).</summary>
public sealed record TalkSummary(string Text, SummarySource Source, string? Notice = null);

/// <summary>One line per talk of a session.</summary>
public sealed record SessionSummary(IReadOnlyList<SessionSummaryLine> Lines, SummarySource Source, string? Notice = null);

public sealed record SessionSummaryLine(ProgramData.Talk Talk, string Text);
