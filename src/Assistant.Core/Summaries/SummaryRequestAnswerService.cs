using Assistant.Answers;
using Assistant.Conversation;

namespace Assistant.Summaries;

/// <summary>
/// Outermost decorator of <see cref="IAnswerService"/>: free text that asks for a summary ("summarise A4-3",
/// "总结 A4-3") is answered here, before the model or the offline search sees it; everything else passes through.
/// </summary>
public sealed class SummaryRequestAnswerService(IAnswerService inner, SummaryReplies replies) : IAnswerService
{
    public async Task<Reply> AnswerAsync(ChatContext chat, string question, CancellationToken cancellationToken) =>
        await replies.TryAnswerFreeTextAsync(chat, question, cancellationToken)
        ?? await inner.AnswerAsync(chat, question, cancellationToken);
}
