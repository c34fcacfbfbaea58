using Assistant.ProgramData;
using Assistant.Reminders;
using Assistant.Storage;

namespace Assistant.Bookmarks;

/// <summary>
/// Used when no reminder feature is registered: schedules nothing, but still tells the user what a lead-time
/// change means for the bookmarks they have.
/// </summary>
internal sealed class FallbackReminderPlanner(IBookmarkStore bookmarks, IProgramProvider programs, TimeProvider time) : IReminderPlanner
{
    public Task BookmarkAddedAsync(long chatId, Talk talk, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task BookmarkRemovedAsync(long chatId, Talk talk, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<string> LeadTimeChangedAsync(long chatId, int oldMinutes, int newMinutes, CancellationToken cancellationToken)
    {
        var program = programs.Current;
        var now = time.GetUtcNow();
        var upcoming = (await bookmarks.ListAsync(chatId, cancellationToken))
            .Select(program.FindById)
            .Count(t => t is not null && t.Start > now);
        // The /remind reply is this sentence alone, so each one states the setting too.
        if (upcoming == 0)
            return newMinutes == 0
                ? "Reminders are off."
                : $"Reminders will come {ReminderText.Minutes(newMinutes)} before each talk you bookmark.";
        if (newMinutes == 0)
            return $"Reminders are off: none will come for your {TalkFormat.Count(upcoming, "upcoming bookmarked talk", "upcoming bookmarked talks")}.";
        return upcoming == 1
            ? $"1 reminder will come {ReminderText.Minutes(newMinutes)} before your upcoming bookmarked talk."
            : $"{upcoming} reminders will come {ReminderText.Minutes(newMinutes)} before each of your upcoming bookmarked talks.";
    }
}
