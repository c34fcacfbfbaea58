namespace Assistant.Conversation.Commands;

/// <summary>/day &lt;n&gt;: one day's program.</summary>
public sealed class DayCommand(ScheduleReplies schedule) : IChatCommand
{
    public string Name => "day";
    public string Description => "One day's program: /day 2";

    public Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken)
    {
        var argument = arguments.Trim();
        if (argument.Length == 0) return Task.FromResult(Usage.Of("/day <n>", "/day 2"));
        if (!int.TryParse(argument, out var day) || day < 1 || day > 99)
            return Task.FromResult(Usage.Of("/day <n>", "/day 2", $"“{TalkFormatter.Shorten(argument, 20)}” is not a day number."));
        return Task.FromResult(schedule.Day(day));
    }
}
