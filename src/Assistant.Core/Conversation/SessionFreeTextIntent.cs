using Assistant.ProgramData;

namespace Assistant.Conversation;

/// <summary>A bare session code ("A4", "session a4") answered with the session, as /session would.</summary>
public sealed class SessionFreeTextIntent(IProgramProvider programs) : IFreeTextIntent
{
    /// <summary>After the schedule intent; before the lenient code lookup, which would search a session code.</summary>
    public int Order => 110;

    public Task<Reply?> TryHandleAsync(ChatContext chat, string text, CancellationToken cancellationToken) =>
        Task.FromResult(TryParse(programs.Current, text) is { } code ? TalkLists.Session(programs.Current, code) : null);

    /// <summary>
    /// The session code when the whole message is one of the program's session codes, optionally after "session";
    /// null otherwise. A bare code that is also a talk's code (a plenary) stays the talk's.
    /// </summary>
    public static string? TryParse(ConferenceProgram program, string text)
    {
        var words = text.Trim().TrimEnd('?', '!', '.', '？', '！', '。').Split((char[])[' ', '\t', ':'], StringSplitOptions.RemoveEmptyEntries);
        var prefixed = words.Length == 2 && words[0].Equals("session", StringComparison.OrdinalIgnoreCase);
        if (words.Length != 1 && !prefixed) return null;
        var code = words[^1];
        if (program.FindSession(code) is not { } session) return null;
        if (!prefixed && program.FindByCode(code) is not null) return null;
        return session.Code;
    }
}
