using Assistant.Conversation;
using Assistant.Storage;

namespace Assistant.Bookmarks;

/// <summary>"bm:&lt;talk id&gt;" from a talk card or a reply: bookmarks the talk.</summary>
internal sealed class BookmarkCallback(BookmarkService service, IUserStore users) : ICallbackAction
{
    public string Action => BookmarkButtons.AddAction;

    public async Task<CallbackOutcome> ExecuteAsync(ChatContext chat, string argument, CancellationToken cancellationToken)
    {
        await users.GetOrCreateAsync(chat, cancellationToken);
        var talk = service.Program.FindById(argument);
        return talk is null
            ? CallbackOutcome.Toast("That talk is no longer in the program.")
            : await service.AddAsync(chat, talk, cancellationToken);
    }
}

/// <summary>"unbm:&lt;talk id&gt;": removes the bookmark, also for a talk the program no longer has.</summary>
internal sealed class UnbookmarkCallback(BookmarkService service, IUserStore users) : ICallbackAction
{
    public string Action => BookmarkButtons.RemoveAction;

    public async Task<CallbackOutcome> ExecuteAsync(ChatContext chat, string argument, CancellationToken cancellationToken)
    {
        await users.GetOrCreateAsync(chat, cancellationToken);
        if (string.IsNullOrWhiteSpace(argument)) return CallbackOutcome.Toast("That button is not valid.");
        return await service.RemoveAsync(chat, argument, cancellationToken);
    }
}

/// <summary>"agenda:show" and "agenda:ics": the agenda, or its calendar file.</summary>
internal sealed class AgendaCallback(BookmarkService service, IUserStore users, TimeProvider time) : ICallbackAction
{
    public string Action => BookmarkButtons.AgendaAction;

    public async Task<CallbackOutcome> ExecuteAsync(ChatContext chat, string argument, CancellationToken cancellationToken)
    {
        var user = await users.GetOrCreateAsync(chat, cancellationToken);
        return argument switch
        {
            "show" => CallbackOutcome.Message(AgendaFormatter.Format(await service.GetAgendaAsync(chat.ChatId, cancellationToken), user.ReminderLeadMinutes)),
            "ics" => CallbackOutcome.Message(await AgendaIcsCommand.BuildAsync(service, time, chat.ChatId, cancellationToken)),
            _ => CallbackOutcome.Toast("That button is not valid."),
        };
    }
}
