using Assistant.Conversation;
using Assistant.Storage;

namespace Assistant.Bookmarks;

/// <summary>/agenda_ics: the agenda as an iCalendar file for a calendar app.</summary>
internal sealed class AgendaIcsCommand(BookmarkService service, IUserStore users, TimeProvider time) : IChatCommand
{
    public string Name => "agenda_ics";

    public string Description => "Your agenda as a calendar file (.ics)";

    public async Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken)
    {
        await users.GetOrCreateAsync(chat, cancellationToken);
        return await BuildAsync(service, time, chat.ChatId, cancellationToken);
    }

    internal static async Task<Reply> BuildAsync(BookmarkService service, TimeProvider time, long chatId, CancellationToken cancellationToken)
    {
        var agenda = await service.GetAgendaAsync(chatId, cancellationToken);
        if (agenda.Items.Count == 0)
            return Reply.Text("There is nothing to put in a calendar yet: bookmark a talk first (/bookmark A4-1).");
        var file = AgendaCalendar.Export(agenda, time.GetUtcNow());
        return Reply.Text($"Your agenda with {TalkFormat.Count(agenda.Items.Count, "talk", "talks")}; open the file to add it to your calendar.")
            with { Attachment = file };
    }
}
