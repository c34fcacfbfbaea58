using Assistant.ProgramData;

namespace Assistant.Conversation.Commands;

/// <summary>/start: the welcome, or a deep link ("talk_A4-1", "session_A4") straight to what it names.</summary>
public sealed class StartCommand(IProgramProvider programs, TalkCards cards) : IChatCommand
{
    public string Name => "start";
    public string Description => "Welcome and what I can do";

    public async Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken)
    {
        var payload = arguments.Trim();
        if (payload.Length == 0) return Welcome();

        var program = programs.Current;
        if (payload.StartsWith("talk_", StringComparison.OrdinalIgnoreCase))
        {
            var key = payload["talk_".Length..];
            if ((program.FindByCode(key) ?? program.FindById(key)) is { } talk)
                return await cards.BuildAsync(chat, talk, cancellationToken);
        }
        else if (payload.StartsWith("session_", StringComparison.OrdinalIgnoreCase)
                 && TalkLists.Session(program, payload["session_".Length..]) is { } session)
        {
            return session;
        }
        return Welcome().Prepend(TextBlock.Italic("That link points to something I can't find in the program, so here is the start page."));
    }

    private Reply Welcome() => Reply.Of(
        TextBlock.Bold($"Welcome to the {programs.Current.Name} assistant."),
        TextBlock.Plain("Send me a talk code like A4-1, or ask a question such as “who talks about optimal transport?” or “what's on in room 3 after lunch?”."),
        TextBlock.Plain("/now and /next show what is running, /today the day's program, /help everything else."));
}
