using Assistant.Conversation;
using Assistant.ProgramData;
using Assistant.Storage;

namespace Assistant.Bookmarks;

/// <summary>The bookmark toggle on every talk card, showing the current state.</summary>
internal sealed class BookmarkCardButtons(IBookmarkStore bookmarks) : ITalkCardButtons
{
    public int Order => 10;

    public async ValueTask<IReadOnlyList<ReplyButton>> GetButtonsAsync(ChatContext chat, Talk talk, CancellationToken cancellationToken) =>
        [BookmarkButtons.Toggle(talk, await bookmarks.ContainsAsync(chat.ChatId, talk.Id, cancellationToken))];
}
