using Assistant.ProgramData;

namespace Assistant.Conversation.Callbacks;

/// <summary>"abstract:&lt;talk id&gt;": the whole abstract behind the card's "Full abstract" button.</summary>
public sealed class AbstractAction(IProgramProvider programs, TalkCards cards) : ICallbackAction
{
    public string Action => TalkCallbacks.Abstract;

    public Task<CallbackOutcome> ExecuteAsync(ChatContext chat, string argument, CancellationToken cancellationToken) =>
        Task.FromResult(programs.Current.FindById(argument) is { } talk
            ? CallbackOutcome.Message(cards.FullAbstract(talk))
            : CallbackOutcome.Toast(TalkCallbacks.OutOfDate));
}
