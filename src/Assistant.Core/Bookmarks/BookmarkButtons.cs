using Assistant.Conversation;
using Assistant.ProgramData;

namespace Assistant.Bookmarks;

/// <summary>The buttons and callback data of the bookmark feature, in one place.</summary>
public static class BookmarkButtons
{
    public const string AddAction = "bm";
    public const string RemoveAction = "unbm";
    public const string AgendaAction = "agenda";
    public const string ForgetAction = "forget";

    public const string AddLabel = "☆ Bookmark";
    public const string RemoveLabel = "★ Remove bookmark";

    public static ReplyButton Add(Talk talk) => new(AddLabel, CallbackData.Format(AddAction, talk.Id));

    public static ReplyButton Remove(Talk talk) => new(RemoveLabel, CallbackData.Format(RemoveAction, talk.Id));

    /// <summary>A compact remove button for agenda rows (also for talks the program no longer has).</summary>
    public static ReplyButton RemoveShort(string code, string talkId) => new($"✕ {code}", CallbackData.Format(RemoveAction, talkId));

    public static ReplyButton Toggle(Talk talk, bool bookmarked) => bookmarked ? Remove(talk) : Add(talk);

    public static ReplyButton ShowAgenda { get; } = new("📋 My agenda", CallbackData.Format(AgendaAction, "show"));

    public static ReplyButton CalendarFile { get; } = new("📅 Calendar file (.ics)", CallbackData.Format(AgendaAction, "ics"));
}
