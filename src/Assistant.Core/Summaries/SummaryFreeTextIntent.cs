using Assistant.Ai;
using Assistant.Conversation;
using Assistant.ProgramData;

namespace Assistant.Summaries;

/// <summary>Free text that asks for a summary of a talk or session ("summarise A4-3", "总结 A4-3", "Summarise session B3").</summary>
public sealed class SummaryFreeTextIntent(IProgramProvider programs, SummaryReplies replies) : IFreeTextIntent
{
    /// <summary>
    /// After the schedule intent, and necessarily before the talk-code lookup, which would otherwise answer
    /// "summarise A4-3" with the card. Text with an unknown code is not a request here and goes on as before.
    /// </summary>
    public int Order => 200;

    public async Task<Reply?> TryHandleAsync(ChatContext chat, string text, CancellationToken cancellationToken)
    {
        var target = SummaryRequestParser.ParseFreeText(text, programs.Current);
        return target is null ? null : await replies.ForTargetAsync(chat, target, ReplyLanguage.Detect(chat, text), cancellationToken);
    }
}
