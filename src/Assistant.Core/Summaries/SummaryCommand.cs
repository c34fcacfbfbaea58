using Assistant.Conversation;

namespace Assistant.Summaries;

/// <summary>/summary &lt;code&gt;: a talk's summary, or one line per talk of a session.</summary>
public sealed class SummaryCommand(SummaryReplies replies) : IChatCommand
{
    public string Name => "summary";

    public string Description => "Summary of a talk or session, e.g. /summary A4-3";

    public Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken) =>
        replies.ForArgumentAsync(chat, arguments, cancellationToken);
}
