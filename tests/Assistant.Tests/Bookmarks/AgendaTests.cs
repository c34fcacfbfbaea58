using Assistant.Conversation;

namespace Assistant.Tests.Bookmarks;

public sealed class AgendaTests : IDisposable
{
    private readonly BookmarksHarness _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Agenda_lists_bookmarks_by_day_in_time_order_with_clashes_marked()
    {
        foreach (var code in new[] { "C1-1", "A4-2", "B4-2", "A4-1" }) await _app.SendAsync($"/bookmark {code}");

        var reply = await _app.SendAsync("/agenda");

        var days = reply.Blocks.Select(b => b.PlainText).Where(t => t.StartsWith("Day ")).ToList();
        Assert.Equal(2, days.Count);
        Assert.StartsWith("Day 1 · Wed 20 May", days[0]);
        Assert.StartsWith("Day 2 · Thu 21 May", days[1]);

        var day1 = days[0].Split('\n');
        Assert.Equal(
            ["10:00–10:30  A4-1", "    ⚠ overlaps B4-2", "10:00–10:30  B4-2", "    ⚠ overlaps A4-1", "10:30–11:00  A4-2"],
            day1.Skip(1).Select(l => l.StartsWith("    ") ? l : l[..17]));
        Assert.DoesNotContain("overlaps", days[1]);
        Assert.Contains("09:00–09:45  C1-1  Kernel methods revisited · Room 3", days[1]);
    }

    [Fact]
    public async Task Agenda_has_a_remove_button_per_talk_and_the_calendar_button()
    {
        await _app.SendAsync("/bookmark A4-1");
        await _app.SendAsync("/bookmark C1-1");

        var reply = await _app.SendAsync("/agenda");

        var data = reply.AllButtons().Select(b => b.Data).ToList();
        Assert.Equal(["unbm:A4-1", "unbm:C1-1", "agenda:ics"], data);
    }

    [Fact]
    public async Task A_bookmarked_talk_that_left_the_program_is_shown_as_cancelled_and_can_be_removed()
    {
        await _app.SendAsync("/bookmark A4-1");
        await _app.SendAsync("/bookmark C1-1");
        _app.Programs.Replace(TestProgram.Create(TestProgram.A41, TestProgram.A42, TestProgram.B42));

        var reply = await _app.SendAsync("/agenda");

        Assert.Contains("Your agenda: 2 talks", reply.PlainText);
        var missing = Assert.Single(reply.Blocks, b => b.PlainText.StartsWith("No longer in the program"));
        Assert.Contains("C1-1  cancelled or removed from the program", missing.PlainText);
        Assert.Contains(reply.AllButtons(), b => b.Data == "unbm:C1-1");

        var outcome = await _app.PressAsync("unbm:C1-1");
        Assert.Contains("Removed C1-1", outcome.Notice);
        Assert.DoesNotContain("No longer in the program", (await _app.SendAsync("/agenda")).PlainText);
    }

    [Fact]
    public async Task An_empty_agenda_says_how_to_bookmark()
    {
        var reply = await _app.SendAsync("/agenda");

        Assert.Contains("no bookmarks yet", reply.PlainText);
        Assert.Empty(reply.Buttons);
    }

    [Fact]
    public async Task Agenda_mentions_the_reminder_setting()
    {
        await _app.SendAsync("/bookmark A4-1");
        await _app.SendAsync("/remind 0");

        var reply = await _app.SendAsync("/agenda");

        Assert.Contains("Reminders are off", reply.PlainText);
    }

    [Fact]
    public async Task The_agenda_button_shows_the_same_agenda()
    {
        await _app.SendAsync("/bookmark A4-1");

        var outcome = await _app.PressAsync("agenda:show");

        Assert.Equal((await _app.SendAsync("/agenda")).PlainText, outcome.Reply!.PlainText);
    }

    [Fact]
    public async Task Agenda_text_keeps_day_headings_bold()
    {
        await _app.SendAsync("/bookmark A4-1");

        var reply = await _app.SendAsync("/agenda");

        var day = Assert.Single(reply.Blocks, b => b.PlainText.StartsWith("Day 1"));
        Assert.Equal(new Span("Day 1 · Wed 20 May", SpanStyle.Bold), day.Spans[0]);
    }
}
