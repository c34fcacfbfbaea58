using Assistant.Ai;
using Assistant.Conversation;
using Assistant.ProgramData;

namespace Assistant.Summaries;

/// <summary>
/// Puts a "Summary" button (callback <c>sum:&lt;id&gt;</c>) on the card of every talk with a readable abstract; for
/// the others the button could only answer that there is nothing to summarise.
/// </summary>
public sealed class SummaryCardButton : ITalkCardButtons
{
    public const string Action = "sum";

    public int Order => 20;

    public ValueTask<IReadOnlyList<ReplyButton>> GetButtonsAsync(ChatContext chat, Talk talk, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ReplyButton>>(talk.AbstractIsNoise
            ? []
            : [new ReplyButton(SummaryTexts.ButtonLabel(ReplyLanguage.Detect(chat, null)), CallbackData.Format(Action, talk.Id))]);
}

/// <summary>Handles the Summary button: the argument is a talk id, untrusted.</summary>
public sealed class SummaryCallbackAction(IProgramProvider programs, SummaryReplies replies) : ICallbackAction
{
    public string Action => SummaryCardButton.Action;

    public async Task<CallbackOutcome> ExecuteAsync(ChatContext chat, string argument, CancellationToken cancellationToken)
    {
        var language = ReplyLanguage.Detect(chat, null);
        var talk = programs.Current.FindById(argument.Trim());
        return talk is null
            ? CallbackOutcome.Toast(SummaryTexts.TalkGone(language))
            : CallbackOutcome.Message(await replies.ForTalkAsync(talk, language, cancellationToken));
    }
}
