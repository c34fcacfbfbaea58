namespace Assistant.Conversation.Commands;

/// <summary>/rooms: what is where.</summary>
public sealed class RoomsCommand(ScheduleReplies schedule) : IChatCommand
{
    public string Name => "rooms";
    public string Description => "The rooms and their sessions";

    public Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken) =>
        Task.FromResult(schedule.Rooms());
}
