using Assistant.ProgramData;

namespace Assistant.Conversation.Callbacks;

/// <summary>"session:&lt;code&gt;": the talks of a session, behind "Other talks in this session".</summary>
public sealed class SessionAction(IProgramProvider programs) : ICallbackAction
{
    public string Action => TalkCallbacks.Session;

    public Task<CallbackOutcome> ExecuteAsync(ChatContext chat, string argument, CancellationToken cancellationToken) =>
        Task.FromResult(TalkLists.Session(programs.Current, argument) is { } reply
            ? CallbackOutcome.Message(reply)
            : CallbackOutcome.Toast(TalkCallbacks.OutOfDate));
}
