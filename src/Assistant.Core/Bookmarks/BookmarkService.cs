using Assistant.Conversation;
using Assistant.ProgramData;
using Assistant.Reminders;
using Assistant.Search;
using Assistant.Storage;

namespace Assistant.Bookmarks;

/// <summary>Adds and removes bookmarks, tells the reminder planner, and words the replies the commands and buttons share.</summary>
public sealed class BookmarkService(
    IBookmarkStore bookmarks,
    IProgramProvider programs,
    TimeProvider time,
    IReminderPlanner? planner = null,
    ITalkSearch? search = null)
{
    private readonly TalkCodeResolver _resolver = new(search);

    /// <summary>
    /// The reminders feature's planner, or a fallback that schedules nothing when it is not registered. Optional
    /// rather than TryAdd-registered here, so neither feature's registration order decides which one is used.
    /// </summary>
    public IReminderPlanner Planner { get; } = planner ?? new FallbackReminderPlanner(bookmarks, programs, time);

    public ConferenceProgram Program => programs.Current;

    public Talk? Resolve(string text) => _resolver.Resolve(programs.Current, text);

    public async Task<Agenda> GetAgendaAsync(long chatId, CancellationToken cancellationToken) =>
        Agenda.Build(programs.Current, await bookmarks.ListAsync(chatId, cancellationToken));

    /// <summary>Bookmarks the talk; the outcome's notice is a short toast, its reply the full message with any clash.</summary>
    public async Task<CallbackOutcome> AddAsync(ChatContext chat, Talk talk, CancellationToken cancellationToken)
    {
        var program = programs.Current;
        var added = await bookmarks.AddAsync(chat.ChatId, talk.Id, cancellationToken);
        if (added) await Planner.BookmarkAddedAsync(chat.ChatId, talk, cancellationToken);

        var clashes = Agenda.Build(program, await bookmarks.ListAsync(chat.ChatId, cancellationToken))
            .Items.FirstOrDefault(i => i.Talk.Id == talk.Id)?.Clashes ?? [];
        var headline = added ? $"Bookmarked {talk.Code}." : $"{talk.Code} is already bookmarked.";
        if (clashes.Count > 0)
            headline += $" Note: it overlaps {TalkFormat.JoinAnd(clashes.Select(c => TalkFormat.Brief(program, c)).ToList())}.";
        var blocks = new List<TextBlock>
        {
            TextBlock.Plain(headline),
            new([new Span(TalkFormat.Title(talk), SpanStyle.Bold), new Span($"\n{TalkFormat.When(program, talk)}")]),
        };

        var reply = new Reply(blocks, [[BookmarkButtons.Remove(talk), BookmarkButtons.ShowAgenda]]);
        var notice = added
            ? clashes.Count > 0 ? $"★ Bookmarked {talk.Code} (overlaps {clashes[0].Code})" : $"★ Bookmarked {talk.Code}"
            : $"{talk.Code} is already bookmarked";
        return new CallbackOutcome(notice, reply);
    }

    /// <summary>Removes a bookmark by talk id; works for talks the program no longer has (cancelled ones).</summary>
    public async Task<CallbackOutcome> RemoveAsync(ChatContext chat, string talkId, CancellationToken cancellationToken)
    {
        var talk = programs.Current.FindById(talkId);
        var label = talk?.Code ?? talkId;
        var removed = await bookmarks.RemoveAsync(chat.ChatId, talkId, cancellationToken);
        if (removed && talk is not null) await Planner.BookmarkRemovedAsync(chat.ChatId, talk, cancellationToken);

        var text = removed ? $"Removed the bookmark on {label}." : $"{label} was not bookmarked.";
        var reply = talk is null
            ? Reply.Text(text).WithButtons([[BookmarkButtons.ShowAgenda]])
            : Reply.Text(text).WithButtons([[BookmarkButtons.Add(talk), BookmarkButtons.ShowAgenda]]);
        return new CallbackOutcome(removed ? $"☆ Removed {label}" : $"{label} was not bookmarked", reply);
    }
}
