using System.Globalization;
using Assistant.Conversation;

namespace Assistant.Bookmarks;

/// <summary>/forget_me: asks before deleting everything stored about the user.</summary>
internal sealed class ForgetMeCommand : IChatCommand
{
    public string Name => "forget_me";

    public string Description => "Delete everything stored about you";

    // No GetOrCreate here: asking to be forgotten should not be what creates a profile.
    public Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken) =>
        Task.FromResult(Confirmation(chat));

    internal static Reply Confirmation(ChatContext chat)
    {
        // The user id travels in the button so the callback can check that whoever presses it is the one who asked.
        var user = chat.UserId.ToString(CultureInfo.InvariantCulture);
        return Reply.Of(
                TextBlock.Bold("Delete everything stored about you?"),
                TextBlock.Plain("Your bookmarks, reminder settings and any reminders waiting to be sent will be deleted. This cannot be undone."))
            .WithButtons([[
                new ReplyButton("Yes, delete everything", CallbackData.Format(BookmarkButtons.ForgetAction, $"yes:{user}")),
                new ReplyButton("Cancel", CallbackData.Format(BookmarkButtons.ForgetAction, $"no:{user}")),
            ]]);
    }
}
