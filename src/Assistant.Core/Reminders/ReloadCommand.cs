using Assistant.Conversation;
using Assistant.ProgramData;
using Microsoft.Extensions.Options;

namespace Assistant.Reminders;

/// <summary>
/// /reload (organisers only): re-reads the program files. A reload that fails validation keeps the program in force
/// and the reply says why; a successful one is announced to attendees by <see cref="ScheduleChangeNotifier"/>.
/// </summary>
internal sealed class ReloadCommand(IProgramReloader reloader, IProgramProvider programs, IOptions<AdminOptions> admins) : IChatCommand
{
    public const string NotAllowed = "This command is for organisers.";

    public string Name => "reload";

    public string Description => "Re-read the program files (organisers)";

    public bool ShowInMenu => false;

    public async Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken)
    {
        if (!admins.Value.IsAdmin(chat)) return Reply.Text(NotAllowed);

        var before = programs.Current;
        var result = await reloader.ReloadAsync(cancellationToken);
        if (!result.Succeeded || result.Program is null)
            return Reply.Of(
                TextBlock.Bold("Reload failed; the program in force is unchanged."),
                TextBlock.Plain(result.Error ?? "Unknown error."));

        var diff = ProgramDiff.Compare(before, result.Program);
        if (diff.IsEmpty) return Reply.Text($"Program reloaded: {result.Program.Talks.Count} talks, no changes.");

        var blocks = new List<TextBlock>
        {
            TextBlock.Bold($"Program reloaded: {diff.Added.Count} added, {diff.Moved.Count} moved, {diff.Removed.Count} removed."),
        };
        if (diff.Moved.Count > 0)
            blocks.Add(TextBlock.Plain("Moved: " + string.Join(", ", diff.Moved.Select(m => m.After.Code))));
        if (diff.Removed.Count > 0)
            blocks.Add(TextBlock.Plain("Removed: " + string.Join(", ", diff.Removed.Select(t => t.Code))));
        if (diff.Moved.Count + diff.Removed.Count > 0)
            blocks.Add(TextBlock.Italic("Everyone who bookmarked a moved or removed talk will be told; reminders follow the new times."));
        return new Reply(blocks, []);
    }
}
