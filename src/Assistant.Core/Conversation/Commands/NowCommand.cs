namespace Assistant.Conversation.Commands;

/// <summary>/now: what is running in every room.</summary>
public sealed class NowCommand(ScheduleReplies schedule) : IChatCommand
{
    public string Name => "now";
    public string Description => "What is on right now";

    public Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken) =>
        Task.FromResult(schedule.Now());
}
