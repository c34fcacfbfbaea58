using Assistant.Conversation;
using Assistant.Storage;

namespace Assistant.Bookmarks;

/// <summary>/bookmark &lt;code&gt;: bookmarks a talk and says at once when it overlaps one already bookmarked.</summary>
internal sealed class BookmarkCommand(BookmarkService service, IUserStore users) : IChatCommand
{
    public string Name => "bookmark";

    public string Description => "Bookmark a talk: /bookmark A4-1";

    public async Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken)
    {
        await users.GetOrCreateAsync(chat, cancellationToken);
        if (string.IsNullOrWhiteSpace(arguments))
            return Reply.Text("Which talk? Send /bookmark followed by its code, for example /bookmark A4-1.");
        var talk = service.Resolve(arguments);
        if (talk is null)
            return Reply.Text($"No talk has the code “{arguments.Trim()}”. Codes look like A4-1; /agenda lists your bookmarks.");
        return (await service.AddAsync(chat, talk, cancellationToken)).Reply!;
    }
}
