using Assistant.Conversation;
using Assistant.Messaging;
using Assistant.ProgramData;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Reminders;

/// <summary>
/// Words reminders (one message for all of a chat's talks starting at one time) and change notices, checking each
/// reminder against the current program at send time: a talk that moved, vanished or started is not announced.
/// </summary>
public sealed partial class ReminderComposer(
    IProgramProvider programs,
    IOptions<ReminderOptions> options,
    ILogger<ReminderComposer> logger) : IOutboxComposer
{
    public const string CardAction = "card";
    public const string LateNote = "(sent late: the bot was offline)";

    public IReadOnlyCollection<string> Kinds { get; } = [OutboxKinds.Reminder, OutboxKinds.Change];

    public ValueTask<OutboxComposition> ComposeAsync(IReadOnlyList<OutboxMessage> group, DateTimeOffset now, CancellationToken cancellationToken) =>
        ValueTask.FromResult(group[0].Kind == OutboxKinds.Change ? ComposeChanges(group) : ComposeReminders(group, now));

    private OutboxComposition ComposeReminders(IReadOnlyList<OutboxMessage> group, DateTimeOffset now)
    {
        var program = programs.Current;
        var valid = new List<(OutboxMessage Row, Talk Talk)>();
        foreach (var row in group)
        {
            var talk = program.FindById(row.TalkId);
            if (talk is null || talk.Start != row.TalkStart) LogObsolete(row.ChatId, row.TalkId, row.TalkStart);
            else if (talk.Start <= now) LogStarted(row.ChatId, talk.Code, talk.Start);
            else valid.Add((row, talk));
        }
        if (valid.Count == 0) return OutboxComposition.Drop;

        var talks = valid.Select(v => v.Talk).OrderBy(t => t.Code, StringComparer.OrdinalIgnoreCase).ToList();
        var startsIn = ReminderText.StartsIn(talks[0].Start - now);
        var blocks = new List<TextBlock>();
        if (talks.Count == 1)
        {
            var talk = talks[0];
            blocks.Add(TextBlock.Bold($"⏰ {talk.Code} {startsIn}: {ReminderText.WhenAndWhere(program, talk)}"));
            blocks.Add(TextBlock.Plain(ReminderText.Title(talk)));
            if (ReminderText.Speakers(talk) is { Length: > 0 } speakers) blocks.Add(TextBlock.Italic(speakers));
        }
        else
        {
            blocks.Add(TextBlock.Bold($"⏰ {talks.Count} of your talks {startsIn.Replace("starts", "start", StringComparison.Ordinal)} ({ReminderText.When(program, talks[0].Start)}):"));
            foreach (var talk in talks)
                blocks.Add(new TextBlock([
                    new Span($"{talk.Code} · {talk.Room}", SpanStyle.Bold),
                    new Span($" — {ReminderText.Title(talk)} — "),
                    new Span(ReminderText.Speakers(talk), SpanStyle.Italic),
                ]));
        }

        // Late means the row waited past its time: queued after a restart, or queued on time and sent after one.
        var late = valid.Any(v => now > v.Row.RemindAt + options.Value.LateGrace);
        if (late) blocks.Add(TextBlock.Italic(LateNote));

        var reply = new Reply(blocks, talks.Select(t => (IReadOnlyList<ReplyButton>)[CardButton(t)]).ToList());
        return new OutboxComposition(reply, valid.Select(v => v.Row).ToList());
    }

    private OutboxComposition ComposeChanges(IReadOnlyList<OutboxMessage> group)
    {
        var program = programs.Current;
        var blocks = group.Select(r => TextBlock.Plain(r.Body ?? $"{r.TalkId} changed.")).ToList();
        var buttons = group
            .Select(r => program.FindById(r.TalkId))
            .OfType<Talk>()
            .DistinctBy(t => t.Id)
            .Select(t => (IReadOnlyList<ReplyButton>)[CardButton(t)])
            .ToList();
        return new OutboxComposition(new Reply(blocks, buttons), group);
    }

    private static ReplyButton CardButton(Talk talk) => new($"Open {talk.Code}", CallbackData.Format(CardAction, talk.Id));

    [LoggerMessage(Level = LogLevel.Information, Message = "Dropped reminder to chat {ChatId} for {TalkId} at {Start:u}: the talk moved or was removed")]
    private partial void LogObsolete(long chatId, string talkId, DateTimeOffset start);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped reminder to chat {ChatId} for {Talk}: it started at {Start:u} before the reminder could go out")]
    private partial void LogStarted(long chatId, string talk, DateTimeOffset start);
}
