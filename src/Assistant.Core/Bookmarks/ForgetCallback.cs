using System.Globalization;
using Assistant.Conversation;
using Assistant.Storage;

namespace Assistant.Bookmarks;

/// <summary>"forget:yes:&lt;user&gt;" / "forget:no:&lt;user&gt;": the answer to /forget_me, honoured only from the user who asked.</summary>
internal sealed class ForgetCallback(IUserStore users, IBookmarkStore bookmarks, BookmarkService service) : ICallbackAction
{
    public string Action => BookmarkButtons.ForgetAction;

    public async Task<CallbackOutcome> ExecuteAsync(ChatContext chat, string argument, CancellationToken cancellationToken)
    {
        var parts = argument.Split(':');
        if (parts.Length != 2 || parts[0] is not ("yes" or "no")
            || !long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var askedBy))
            return CallbackOutcome.Toast("That button is not valid.");
        if (askedBy != chat.UserId)
            return CallbackOutcome.Toast("Only the person who sent /forget_me can answer this.");
        if (parts[0] == "no")
            return new CallbackOutcome("Cancelled", Reply.Text("Nothing was deleted."));

        var talks = (await bookmarks.ListAsync(chat.ChatId, cancellationToken))
            .Select(service.Program.FindById).OfType<ProgramData.Talk>().ToList();
        await users.ForgetAsync(chat.ChatId, cancellationToken);
        // Let the planner drop triggers that only this user needed.
        foreach (var talk in talks)
            await service.Planner.BookmarkRemovedAsync(chat.ChatId, talk, cancellationToken);
        return new CallbackOutcome("Deleted",
            Reply.Text("Done: everything stored about you has been deleted. If you write again, you start afresh."));
    }
}
