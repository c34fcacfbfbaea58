using Assistant.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Assistant.Bookmarks;

/// <summary>Registers the bookmark feature.</summary>
public static class BookmarksRegistration
{
    /// <summary>Bookmark commands (/bookmark, /unbookmark, /agenda, /agenda_ics, /remind, /forget_me), their buttons and the card toggle. Needs AddStorage.</summary>
    public static IHostApplicationBuilder AddBookmarks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        // No IReminderPlanner here: BookmarkService takes it as optional and falls back when the reminders feature is absent.
        services.TryAddSingleton<BookmarkService>();

        services.AddSingleton<IChatCommand, BookmarkCommand>();
        services.AddSingleton<IChatCommand, UnbookmarkCommand>();
        services.AddSingleton<IChatCommand, AgendaCommand>();
        services.AddSingleton<IChatCommand, AgendaIcsCommand>();
        services.AddSingleton<IChatCommand, RemindCommand>();
        services.AddSingleton<IChatCommand, ForgetMeCommand>();

        services.AddSingleton<ICallbackAction, BookmarkCallback>();
        services.AddSingleton<ICallbackAction, UnbookmarkCallback>();
        services.AddSingleton<ICallbackAction, AgendaCallback>();
        services.AddSingleton<ICallbackAction, ForgetCallback>();

        services.AddSingleton<ITalkCardButtons, BookmarkCardButtons>();
        return builder;
    }
}
