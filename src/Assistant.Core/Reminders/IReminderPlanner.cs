using Assistant.ProgramData;

namespace Assistant.Reminders;

/// <summary>
/// Keeps reminder triggers in step with bookmarks and lead times. Bookmark commands call it after they
/// change the store; the Quartz-backed implementation lives in this folder.
/// </summary>
public interface IReminderPlanner
{
    /// <summary>Called after a bookmark was added. Ensures the (talk, lead) trigger exists, or sends an immediate
    /// "starts in N minutes" when the reminder time has already passed but the talk has not started.</summary>
    Task BookmarkAddedAsync(long chatId, Talk talk, CancellationToken cancellationToken);

    /// <summary>Called after a bookmark was removed; may drop a trigger nobody needs any more.</summary>
    Task BookmarkRemovedAsync(long chatId, Talk talk, CancellationToken cancellationToken);

    /// <summary>Called after the user's lead time changed; returns a one-line description of what will happen
    /// for the bookmarks already made (e.g. "3 reminders will come 15 minutes before each talk.").</summary>
    Task<string> LeadTimeChangedAsync(long chatId, int oldMinutes, int newMinutes, CancellationToken cancellationToken);
}
