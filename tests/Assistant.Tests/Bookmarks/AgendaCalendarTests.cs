using System.Text;
using Ical.Net;

namespace Assistant.Tests.Bookmarks;

public sealed class AgendaCalendarTests : IDisposable
{
    private readonly BookmarksHarness _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_ics_file_parses_back_with_one_event_per_talk_in_the_conference_time_zone()
    {
        await _app.SendAsync("/bookmark C1-1");
        await _app.SendAsync("/bookmark A4-1");

        var reply = await _app.SendAsync("/agenda_ics");

        var file = reply.Attachment!;
        Assert.Equal(("agenda.ics", "text/calendar"), (file.FileName, file.MediaType));
        var calendar = Calendar.Load(Encoding.UTF8.GetString(file.Content))!;
        Assert.Equal("Asia/Shanghai", Assert.Single(calendar.TimeZones).TzId);
        Assert.Equal(2, calendar.Events.Count);

        var a41 = Assert.Single(calendar.Events, e => e.Summary == "A4-1 Generalisation bounds for deep networks");
        Assert.Equal("Room 1", a41.Location);
        Assert.Equal("Asia/Shanghai", a41.DtStart!.TzId);
        Assert.Equal((10, 0), (a41.DtStart.Hour, a41.DtStart.Minute));
        Assert.Equal(TestProgram.A41.Start.UtcDateTime, a41.DtStart.AsUtc);
        Assert.Equal(TestProgram.A41.End.UtcDateTime, a41.DtEnd!.AsUtc);
        Assert.StartsWith("Li Wei (Peking University)", a41.Description);
        Assert.Contains("We study generalisation bounds", a41.Description);

        var c11 = Assert.Single(calendar.Events, e => e.Summary!.StartsWith("C1-1 "));
        Assert.Equal(TestProgram.C11.Start.UtcDateTime, c11.DtStart!.AsUtc);
    }

    [Fact]
    public async Task Event_uids_are_stable_per_talk_and_differ_between_talks()
    {
        await _app.SendAsync("/bookmark A4-1");
        var first = Calendar.Load(Encoding.UTF8.GetString((await _app.SendAsync("/agenda_ics")).Attachment!.Content))!;
        await _app.SendAsync("/bookmark B4-2");
        _app.Time.Advance(TimeSpan.FromHours(3));

        var second = Calendar.Load(Encoding.UTF8.GetString((await _app.SendAsync("/agenda_ics")).Attachment!.Content))!;

        var uid = Assert.Single(first.Events).Uid;
        Assert.Contains(second.Events, e => e.Uid == uid && e.Summary!.StartsWith("A4-1"));
        Assert.Equal(2, second.Events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public async Task The_calendar_button_sends_the_same_file()
    {
        await _app.SendAsync("/bookmark A4-1");

        var outcome = await _app.PressAsync("agenda:ics");

        Assert.Equal("agenda.ics", outcome.Reply!.Attachment!.FileName);
    }

    [Fact]
    public async Task Without_bookmarks_there_is_no_file()
    {
        var reply = await _app.SendAsync("/agenda_ics");

        Assert.Null(reply.Attachment);
        Assert.Contains("bookmark a talk first", reply.PlainText);
    }

    [Fact]
    public async Task Garbled_speakers_and_titles_are_labelled_not_passed_off_as_text()
    {
        var garbled = TestProgram.A41 with { Title = "#@ ~~", TitleIsNoise = true, Speakers = [], SpeakerLine = "=, PEARKY" };
        using var app = new BookmarksHarness(program: TestProgram.Create(garbled));
        await app.SendAsync("/bookmark A4-1");

        var calendar = Calendar.Load(Encoding.UTF8.GetString((await app.SendAsync("/agenda_ics")).Attachment!.Content))!;

        var e = Assert.Single(calendar.Events);
        Assert.Equal("A4-1 (title OCR-garbled in the source)", e.Summary);
        Assert.StartsWith("=, PEARKY (OCR-garbled in the source)", e.Description);
    }
}
