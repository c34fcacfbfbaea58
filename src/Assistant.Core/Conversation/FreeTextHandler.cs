using Assistant.Answers;
using Assistant.Search;

namespace Assistant.Conversation;

/// <summary>
/// Text that is not a command: a time or room question goes to the schedule, a talk code to its card,
/// anything else to the answer service.
/// </summary>
public sealed class FreeTextHandler(ScheduleReplies schedule, ITalkSearch search, TalkCards cards, IAnswerService answers)
{
    public async Task<Reply> HandleAsync(ChatContext chat, string text, CancellationToken cancellationToken)
    {
        // The intent layer runs first because it is strict (only anchors and filler words), while code
        // recognition is lenient and could read "room 3" or "day 2" as a code.
        if (ScheduleIntent.TryParse(text) is { } intent) return schedule.For(intent);
        if (search.FindCode(text) is { } talk) return await cards.BuildAsync(chat, talk, cancellationToken);
        return await answers.AnswerAsync(chat, text, cancellationToken);
    }
}
