using Assistant.ProgramData;

namespace Assistant.Conversation.Commands;

/// <summary>/session &lt;code&gt;: the talks of one session.</summary>
public sealed class SessionCommand(IProgramProvider programs) : IChatCommand
{
    public string Name => "session";
    public string Description => "List a session's talks: /session A4";

    public Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken)
    {
        var code = arguments.Trim();
        if (code.Length == 0) return Task.FromResult(Usage.Of("/session <code>", "/session A4"));
        var program = programs.Current;
        // "/session A4-1" means the session of that talk.
        if (program.FindByCode(code) is { } talk) code = talk.SessionCode;
        var reply = TalkLists.Session(program, code)
                    ?? Usage.Of("/session <code>", "/session A4", $"There is no session “{TalkFormatter.Shorten(code, 20)}”.");
        return Task.FromResult(reply);
    }
}
