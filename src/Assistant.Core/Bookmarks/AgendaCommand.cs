using Assistant.Conversation;
using Assistant.Storage;

namespace Assistant.Bookmarks;

/// <summary>/agenda: the user's bookmarks by day, clashes marked, with remove buttons and the calendar file.</summary>
internal sealed class AgendaCommand(BookmarkService service, IUserStore users) : IChatCommand
{
    public string Name => "agenda";

    public string Description => "Your bookmarked talks, day by day";

    public async Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken)
    {
        var user = await users.GetOrCreateAsync(chat, cancellationToken);
        return AgendaFormatter.Format(await service.GetAgendaAsync(chat.ChatId, cancellationToken), user.ReminderLeadMinutes);
    }
}
