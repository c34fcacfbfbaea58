using Assistant.ProgramData;

namespace Assistant.Conversation.Callbacks;

/// <summary>"card:&lt;talk id&gt;": opens a talk card.</summary>
public sealed class CardAction(IProgramProvider programs, TalkCards cards) : ICallbackAction
{
    public string Action => TalkCallbacks.Card;

    public async Task<CallbackOutcome> ExecuteAsync(ChatContext chat, string argument, CancellationToken cancellationToken) =>
        programs.Current.FindById(argument) is { } talk
            ? CallbackOutcome.Message(await cards.BuildAsync(chat, talk, cancellationToken))
            : CallbackOutcome.Toast(TalkCallbacks.OutOfDate);
}
