namespace Assistant.Conversation.Commands;

/// <summary>/today: today's program, or which days the conference is on.</summary>
public sealed class TodayCommand(ScheduleReplies schedule) : IChatCommand
{
    public string Name => "today";
    public string Description => "Today's program";

    public Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken) =>
        Task.FromResult(schedule.Today());
}
