namespace Assistant.Conversation.Commands;

/// <summary>/next: the next talk to start in each room.</summary>
public sealed class NextCommand(ScheduleReplies schedule) : IChatCommand
{
    public string Name => "next";
    public string Description => "What starts next";

    public Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken) =>
        Task.FromResult(schedule.Next());
}
