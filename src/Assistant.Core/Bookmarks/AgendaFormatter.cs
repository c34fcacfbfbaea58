using Assistant.Conversation;
using Assistant.Reminders;

namespace Assistant.Bookmarks;

/// <summary>Renders an agenda as a reply: one block per day, clashes marked, a remove button per talk and the calendar file button.</summary>
internal static class AgendaFormatter
{
    public const string ClashMark = "⚠ overlaps";
    private const int RemoveButtonsPerRow = 4;

    public static Reply Format(Agenda agenda, int leadMinutes)
    {
        if (agenda.IsEmpty)
            return Reply.Text("You have no bookmarks yet. Open a talk and press “☆ Bookmark”, or send /bookmark A4-1.");

        var program = agenda.Program;
        var blocks = new List<TextBlock>
        {
            TextBlock.Bold($"Your agenda: {TalkFormat.Count(agenda.Items.Count + agenda.MissingTalkIds.Count, "talk", "talks")}"),
        };
        foreach (var day in agenda.Items.GroupBy(i => i.Talk.Day).OrderBy(g => g.Min(i => i.Talk.Start)))
        {
            var spans = new List<Span> { new(TalkFormat.DayHeading(program, day.Key, day.First().Talk.Start), SpanStyle.Bold) };
            foreach (var item in day)
            {
                spans.Add(new Span($"\n{TalkFormat.TimeRange(program, item.Talk)}  "));
                spans.Add(new Span(item.Talk.Code, SpanStyle.Bold));
                spans.Add(new Span($"  {TalkFormat.Title(item.Talk)} · {item.Talk.Room}"));
                if (item.Clashes.Count > 0)
                    spans.Add(new Span($"\n    {ClashMark} {TalkFormat.JoinAnd(item.Clashes.Select(c => c.Code).ToList())}", SpanStyle.Italic));
            }
            blocks.Add(new TextBlock(spans));
        }
        if (agenda.MissingTalkIds.Count > 0)
        {
            var spans = new List<Span> { new("No longer in the program", SpanStyle.Bold) };
            spans.AddRange(agenda.MissingTalkIds.Select(id => new Span($"\n{id}  cancelled or removed from the program")));
            blocks.Add(new TextBlock(spans));
        }
        blocks.Add(TextBlock.Italic(leadMinutes > 0
            ? $"Reminders come {ReminderText.Minutes(leadMinutes)} before each talk (/remind to change)."
            : "Reminders are off (/remind 10 turns them on)."));

        var removeButtons = agenda.Items.Select(i => BookmarkButtons.RemoveShort(i.Talk.Code, i.Talk.Id))
            .Concat(agenda.MissingTalkIds.Select(id => BookmarkButtons.RemoveShort(id, id)));
        var rows = removeButtons.Chunk(RemoveButtonsPerRow).Select(r => (IReadOnlyList<ReplyButton>)r).ToList();
        if (agenda.Items.Count > 0) rows.Add([BookmarkButtons.CalendarFile]);
        return new Reply(blocks, rows);
    }
}
