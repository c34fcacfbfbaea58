namespace Assistant.Conversation;

/// <summary>The callback actions this feature handles; other features format buttons to them with <see cref="CallbackData.Format"/>.</summary>
public static class TalkCallbacks
{
    /// <summary>"card:&lt;talk id&gt;" opens a talk card.</summary>
    public const string Card = "card";

    /// <summary>"abstract:&lt;talk id&gt;" shows the whole abstract.</summary>
    public const string Abstract = "abstract";

    /// <summary>"session:&lt;session code&gt;" lists the talks of a session.</summary>
    public const string Session = "session";

    public static string CardData(string talkId) => CallbackData.Format(Card, talkId);

    public static string AbstractData(string talkId) => CallbackData.Format(Abstract, talkId);

    public static string SessionData(string sessionCode) => CallbackData.Format(Session, sessionCode);

    /// <summary>The polite answer to a forged, stale or unparseable button.</summary>
    public const string OutOfDate = "That button is out of date or not valid any more. Send /help to start again.";
}
