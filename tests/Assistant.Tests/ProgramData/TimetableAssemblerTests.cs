using Assistant.ProgramData;
using Assistant.ProgramData.Book;
using Assistant.ProgramData.Timetable;

namespace Assistant.Tests.ProgramData;

public sealed class TimetableAssemblerTests
{
    private static readonly ConferenceProgram Program = RealProgram.Program;

    [Fact]
    public void Shipped_timetable_gives_every_talk_a_start_an_end_and_a_room()
    {
        Assert.Equal(66, Program.Talks.Count);
        Assert.All(Program.Talks, t =>
        {
            Assert.NotEqual(default, t.Start);
            Assert.True(t.End > t.Start);
            Assert.False(string.IsNullOrWhiteSpace(t.Room));
            Assert.Equal(TimeSpan.Zero, t.Start.Offset);
        });
    }

    [Fact]
    public void Shipped_timetable_has_no_overlapping_talks_in_a_room()
    {
        foreach (var room in Program.Talks.GroupBy(t => t.Room))
        {
            var talks = room.OrderBy(t => t.Start).ToList();
            for (var i = 1; i < talks.Count; i++)
                Assert.True(talks[i].Start >= talks[i - 1].End, $"{talks[i].Code} overlaps {talks[i - 1].Code} in {room.Key}");
        }
    }

    [Fact]
    public void Local_times_in_Asia_Shanghai_become_UTC()
    {
        var a11 = Program.FindByCode("A1-1")!;
        var a14 = Program.FindByCode("A1-4")!;
        var p1 = Program.FindByCode("P1")!;

        Assert.Equal("Asia/Shanghai", Program.TimeZone.Id);
        Assert.Equal(new DateTimeOffset(2027, 5, 20, 2, 0, 0, TimeSpan.Zero), a11.Start); // 10:00 +08:00
        Assert.Equal(new DateTimeOffset(2027, 5, 20, 2, 30, 0, TimeSpan.Zero), a11.End);
        Assert.Equal(a11.End, a14.Start);
        Assert.Equal(new DateTimeOffset(2027, 5, 20, 0, 30, 0, TimeSpan.Zero), p1.Start); // 08:30 +08:00
        Assert.Equal(new DateTime(2027, 5, 20, 10, 0, 0), Program.ToLocal(a11.Start).DateTime);
    }

    [Fact]
    public void Session_letter_is_the_room_and_session_number_the_slot()
    {
        Assert.All(Program.Talks.Where(t => !t.IsPlenary), t => Assert.Equal($"Room {"ABCD".IndexOf(t.Code[0]) + 1}", t.Room));
        Assert.All(Program.Talks.Where(t => t.IsPlenary), t => Assert.Equal("Main Hall", t.Room));
        Assert.Equal([new ConferenceDay(1, new DateOnly(2027, 5, 20)), new ConferenceDay(2, new DateOnly(2027, 5, 21))], Program.Days);

        var a4 = Program.FindSession("A4")!;
        Assert.Equal(2, a4.Day);
        Assert.Equal("Room 1", a4.Room);
        Assert.Equal(new DateTime(2027, 5, 21, 9, 0, 0), Program.ToLocal(a4.Start).DateTime);
        Assert.Equal(new DateTime(2027, 5, 21, 11, 0, 0), Program.ToLocal(a4.End).DateTime);
        Assert.Equal(["A4-1", "A4-2", "A4-3", "A4-4"], Program.TalksInSession("A4").Select(t => t.Code));

        // Lunch: nothing runs between 12:00 and 13:30 local on either day.
        Assert.DoesNotContain(Program.Talks, t =>
            Program.ToLocal(t.Start).TimeOfDay < new TimeSpan(13, 30, 0) && Program.ToLocal(t.End).TimeOfDay > new TimeSpan(12, 0, 0));
    }

    [Fact]
    public void Book_talks_keep_their_code_as_stable_id_and_their_text()
    {
        var c41 = Program.FindById("C4-1")!;

        Assert.Equal("C4-1", c41.Code);
        Assert.Equal("C4", c41.SessionCode);
        Assert.Contains("Michigan State University", c41.SpeakerLine);
        Assert.True(Program.FindByCode("A2-4")!.TitleIsNoise);
        Assert.True(Program.FindByCode("P2")!.IsPlenary);
    }

    [Fact]
    public void Malformed_json_names_file_line_and_column()
    {
        const string json = "{\n  \"conference\": \"X\",\n  \"timeZone\": \"Asia/Shanghai\"\n  \"days\": []\n}";

        var e = Assert.Throws<ProgramLoadException>(() => TimetableAssembler.Assemble(RealProgram.Book, json, "schedule.json"));

        var issue = Assert.Single(e.Issues);
        Assert.Equal("schedule.json", issue.File);
        Assert.Equal(4, issue.Line);
        Assert.StartsWith("schedule.json:4:", e.Message);
    }

    [Fact]
    public void Unknown_property_is_an_error_with_its_line()
    {
        var json = RealProgram.ScheduleJson.Replace("\"talkMinutes\": 30,", "\"talkMinuets\": 30,");

        var e = Assert.Throws<ProgramLoadException>(() => TimetableAssembler.Assemble(RealProgram.Book, json, "schedule.json"));

        Assert.Equal("schedule.json:4:17: unknown property 'talkMinuets' (check its spelling against data/README.md) (at $.talkMinuets)", e.Message);
    }

    [Fact]
    public void Value_of_the_wrong_kind_says_what_to_write()
    {
        var json = RealProgram.ScheduleJson.Replace("{ \"code\": \"A4\", \"day\": 2,", "{ \"code\": \"A4\", \"day\": \"two\",");

        var e = Assert.Throws<ProgramLoadException>(() => TimetableAssembler.Assemble(RealProgram.Book, json, "schedule.json"));

        var line = Array.FindIndex(json.Split('\n'), l => l.Contains("\"two\"")) + 1;
        Assert.Equal($"schedule.json:{line}:33: wrong kind of value: expected a whole number (at $.sessions[12].day)", e.Message);
    }

    [Fact]
    public void Overlapping_talks_in_one_room_are_reported_with_the_line_of_the_later_entry()
    {
        // B1 moved into Room 1 at the same time as A1.
        var json = RealProgram.ScheduleJson.Replace(
            "{ \"code\": \"B1\", \"day\": 1, \"start\": \"10:00\", \"room\": \"Room 2\" }",
            "{ \"code\": \"B1\", \"day\": 1, \"start\": \"10:00\", \"room\": \"Room 1\" }");

        var e = Assert.Throws<ProgramLoadException>(() => TimetableAssembler.Assemble(RealProgram.Book, json, "schedule.json"));

        Assert.Contains(e.Issues, i => i.Problem.Contains("overlaps") && i.Problem.Contains("Room 1") && i.File == "schedule.json");
        var lines = RealProgram.ScheduleJson.Split('\n');
        var a1Line = Array.FindIndex(lines, l => l.Contains("\"A1\"")) + 1;
        var b1Line = Array.FindIndex(lines, l => l.Contains("\"B1\"")) + 1;
        Assert.All(e.Issues, i => Assert.Contains(i.Line, new[] { a1Line, b1Line }));
    }

    [Fact]
    public void Overlap_caused_by_a_talk_override_points_at_the_override()
    {
        var json = RealProgram.ScheduleJson.Replace(
            "{ \"code\": \"A4\", \"day\": 2, \"start\": \"09:00\", \"room\": \"Room 1\" }",
            "{ \"code\": \"A4\", \"day\": 2, \"start\": \"09:00\", \"room\": \"Room 1\",\n" +
            "      \"overrides\": [\n        { \"talk\": \"A4-3\", \"room\": \"Room 2\" }\n      ] }");

        var e = Assert.Throws<ProgramLoadException>(() => TimetableAssembler.Assemble(RealProgram.Book, json, "schedule.json"));

        var lines = json.Split('\n');
        var overrideLine = Array.FindIndex(lines, l => l.Contains("\"A4-3\"")) + 1;
        var issue = Assert.Single(e.Issues);
        Assert.Contains("A4-3", issue.Problem);
        Assert.Contains("B4-3", issue.Problem);
        Assert.True(issue.Line == overrideLine || issue.Problem.Contains($"line {overrideLine})"), issue.ToString());
    }

    [Fact]
    public void Override_moves_a_talk_and_the_rest_of_its_session_follows()
    {
        var json = RealProgram.ScheduleJson.Replace(
            "{ \"code\": \"A4\", \"day\": 2, \"start\": \"09:00\", \"room\": \"Room 1\" }",
            "{ \"code\": \"A4\", \"day\": 2, \"start\": \"09:00\", \"room\": \"Room 1\", \"overrides\": [ { \"talk\": \"A4-2\", \"start\": \"09:45\", \"minutes\": 20 } ] }");

        var program = TimetableAssembler.Assemble(RealProgram.Book, json, "schedule.json");

        DateTime Local(string code) => program.ToLocal(program.FindByCode(code)!.Start).DateTime;
        Assert.Equal(new DateTime(2027, 5, 21, 9, 0, 0), Local("A4-1"));
        Assert.Equal(new DateTime(2027, 5, 21, 9, 45, 0), Local("A4-2"));
        Assert.Equal(TimeSpan.FromMinutes(20), program.FindByCode("A4-2")!.Duration);
        Assert.Equal(new DateTime(2027, 5, 21, 10, 5, 0), Local("A4-3"));
    }

    [Fact]
    public void Session_missing_from_the_timetable_names_the_book_line()
    {
        var json = RealProgram.ScheduleJson.Replace("    { \"code\": \"A4\", \"day\": 2, \"start\": \"09:00\", \"room\": \"Room 1\" },\n", "");

        var e = Assert.Throws<ProgramLoadException>(() => TimetableAssembler.Assemble(RealProgram.Book, json, "schedule.json"));

        var issue = Assert.Single(e.Issues);
        Assert.Equal(RealProgram.BookFile, issue.File);
        Assert.Equal(125, issue.Line);
        Assert.Contains("session A4", issue.Problem);
        Assert.Contains("schedule.json", issue.Problem);
    }

    [Fact]
    public void Timetable_session_that_no_talk_uses_is_an_error()
    {
        var json = RealProgram.ScheduleJson.Replace("\"code\": \"B6\"", "\"code\": \"B7\"");

        var e = Assert.Throws<ProgramLoadException>(() => TimetableAssembler.Assemble(RealProgram.Book, json, "schedule.json"));

        Assert.Contains(e.Issues, i => i.File == "schedule.json" && i.Problem.Contains("session B7 has no talks"));
        Assert.Contains(e.Issues, i => i.File == RealProgram.BookFile && i.Problem.Contains("session B6"));
    }

    [Fact]
    public void Missing_plenary_entry_and_bad_values_are_errors()
    {
        var json = RealProgram.ScheduleJson
            .Replace("\"code\": \"P2\"", "\"code\": \"P3\"")
            .Replace("\"timeZone\": \"Asia/Shanghai\"", "\"timeZone\": \"Asia/Shanghai\"")
            .Replace("\"start\": \"16:00\", \"room\": \"Room 2\"", "\"start\": \"4pm\", \"room\": \"Room 2\"");

        var e = Assert.Throws<ProgramLoadException>(() => TimetableAssembler.Assemble(RealProgram.Book, json, "schedule.json"));

        Assert.Contains(e.Issues, i => i.Problem.Contains("plenary P3 is not in"));
        Assert.Contains(e.Issues, i => i.Problem.Contains("plenary P2 has no entry"));
        Assert.Contains(e.Issues, i => i.Problem.Contains("'4pm' is not a time"));
    }

    [Fact]
    public void Duplicate_code_in_the_book_names_the_book_line()
    {
        var text = File.ReadAllText(TestPaths.Data("abstract-book.txt")).Replace("A2-3 Error analysis of GAN", "A2-2 Error analysis of GAN");
        var book = AbstractBookParser.Parse(text, "book.txt");

        var e = Assert.Throws<ProgramLoadException>(() => TimetableAssembler.Assemble(book, RealProgram.ScheduleJson, "schedule.json"));

        Assert.Contains(e.Issues, i => i.ToString() == "book.txt:71: talk code A2-2 appears twice (first at line 54)");
    }

    [Fact]
    public void Empty_book_is_an_error_naming_the_book()
    {
        var book = AbstractBookParser.Parse("", "book.txt");

        var e = Assert.Throws<ProgramLoadException>(() => TimetableAssembler.Assemble(book, RealProgram.ScheduleJson, "schedule.json"));

        Assert.Contains(e.Issues, i => i.File == "book.txt" && i.Problem.StartsWith("no talks found"));
    }

    [Fact]
    public void Unknown_time_zone_is_an_error()
    {
        var json = RealProgram.ScheduleJson.Replace("Asia/Shanghai", "Mars/Olympus");

        var e = Assert.Throws<ProgramLoadException>(() => TimetableAssembler.Assemble(RealProgram.Book, json, "schedule.json"));

        Assert.Equal("schedule.json:3: \"timeZone\" 'Mars/Olympus' is not a known time zone (use an IANA id such as Asia/Shanghai)", e.Message);
    }
}
