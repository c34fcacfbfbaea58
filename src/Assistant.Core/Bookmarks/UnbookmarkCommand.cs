using Assistant.Conversation;
using Assistant.Storage;

namespace Assistant.Bookmarks;

/// <summary>/unbookmark &lt;code&gt;: removes a bookmark, also one whose talk was cancelled.</summary>
internal sealed class UnbookmarkCommand(BookmarkService service, IUserStore users, IBookmarkStore bookmarks) : IChatCommand
{
    public string Name => "unbookmark";

    public string Description => "Remove a bookmark: /unbookmark A4-1";

    public async Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken)
    {
        await users.GetOrCreateAsync(chat, cancellationToken);
        if (string.IsNullOrWhiteSpace(arguments))
            return Reply.Text("Which talk? Send /unbookmark followed by its code, for example /unbookmark A4-1.");

        var talkId = service.Resolve(arguments)?.Id;
        if (talkId is null)
        {
            // A cancelled talk is gone from the program but may still be bookmarked under its id.
            var typed = TalkCodeResolver.Normalise(arguments);
            var stored = await bookmarks.ListAsync(chat.ChatId, cancellationToken);
            talkId = stored.FirstOrDefault(id => string.Equals(id, typed, StringComparison.OrdinalIgnoreCase));
        }
        if (talkId is null)
            return Reply.Text($"No talk has the code “{arguments.Trim()}”. /agenda lists your bookmarks.");
        return (await service.RemoveAsync(chat, talkId, cancellationToken)).Reply!;
    }
}
