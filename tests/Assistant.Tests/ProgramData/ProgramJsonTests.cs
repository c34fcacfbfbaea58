using Assistant.ProgramData;
using Assistant.ProgramData.Json;

namespace Assistant.Tests.ProgramData;

public sealed class ProgramJsonTests
{
    [Fact]
    public void Reader_of_writer_gives_back_the_same_program()
    {
        var original = RealProgram.Program;

        var read = ProgramJsonReader.Read(ProgramJsonWriter.Write(original), "program.json");

        Assert.Equal(original.Name, read.Name);
        Assert.Equal(original.TimeZone.Id, read.TimeZone.Id);
        Assert.Equal(original.Days, read.Days);
        Assert.Equal(original.Sessions, read.Sessions);
        Assert.Equal(original.Rooms, read.Rooms);
        Assert.Equal(original.Talks.Count, read.Talks.Count);
        for (var i = 0; i < original.Talks.Count; i++)
            AssertSameTalk(original.Talks[i], read.Talks[i]);
    }

    [Fact]
    public void Writer_uses_local_times_with_offset_and_stable_ids()
    {
        var json = ProgramJsonWriter.Write(RealProgram.Program);

        Assert.Contains("\"id\": \"A1-1\"", json);
        Assert.Contains("\"start\": \"2027-05-20T10:00:00+08:00\"", json);
        Assert.Contains("\"timeZone\": \"Asia/Shanghai\"", json);
        Assert.Contains("Michigan State University", json);
    }

    [Fact]
    public void Hand_written_program_derives_sessions_days_and_flags()
    {
        const string json = """
            {
              "name": "Mini",
              "timeZone": "Asia/Shanghai",
              "talks": [
                { "id": "t1", "code": "X1-1", "title": "One", "room": "Hall", "start": "2027-01-02T09:00:00+08:00", "end": "2027-01-02T09:30:00+08:00" },
                { "id": "t2", "code": "X1-2", "title": "Two", "abstract": "Words here.", "room": "Hall", "start": "2027-01-03T01:30:00Z", "end": "2027-01-03T02:00:00Z" }
              ]
            }
            """;

        var program = ProgramJsonReader.Read(json, "mini.json");

        Assert.Equal([new ConferenceDay(1, new DateOnly(2027, 1, 2)), new ConferenceDay(2, new DateOnly(2027, 1, 3))], program.Days);
        var session = Assert.Single(program.Sessions);
        Assert.Equal("X1", session.Code);
        Assert.Equal(new DateTimeOffset(2027, 1, 2, 1, 0, 0, TimeSpan.Zero), program.FindById("t1")!.Start);
        Assert.True(program.FindById("t1")!.AbstractIsNoise);
        Assert.False(program.FindById("t2")!.AbstractIsNoise);
        Assert.Equal(2, program.FindById("t2")!.Day);
    }

    [Fact]
    public void Overlap_in_a_program_json_names_the_line_of_the_talk()
    {
        const string json = """
            {
              "name": "Mini",
              "timeZone": "Asia/Shanghai",
              "talks": [
                { "id": "t1", "code": "X1-1", "title": "One", "room": "Hall", "start": "2027-01-02T09:00:00+08:00", "end": "2027-01-02T09:30:00+08:00" },
                { "id": "t2", "code": "X1-2", "title": "Two", "room": "hall", "start": "2027-01-02T09:15:00+08:00", "end": "2027-01-02T09:45:00+08:00" }
              ]
            }
            """;

        var e = Assert.Throws<ProgramLoadException>(() => ProgramJsonReader.Read(json, "mini.json"));

        var issue = Assert.Single(e.Issues);
        Assert.Equal("mini.json", issue.File);
        Assert.Equal(6, issue.Line);
        Assert.Contains("X1-2 (2027-01-02 09:15–09:45) overlaps talk X1-1", issue.Problem);
    }

    [Fact]
    public void Missing_fields_duplicates_and_backwards_times_are_errors_with_lines()
    {
        const string json = """
            {
              "name": "Mini",
              "timeZone": "Asia/Shanghai",
              "talks": [
                { "id": "t1", "code": "X1-1", "title": "One", "room": "Hall", "start": "2027-01-02T09:00:00+08:00", "end": "2027-01-02T09:30:00+08:00" },
                { "id": "t1", "code": "X1-2", "title": "Two", "room": "Hall 2", "start": "2027-01-02T09:00:00+08:00", "end": "2027-01-02T08:30:00+08:00" },
                { "id": "t3", "code": "X1-3", "title": "Three", "start": "2027-01-02T10:00:00+08:00", "end": "2027-01-02T10:30:00+08:00" }
              ]
            }
            """;

        var e = Assert.Throws<ProgramLoadException>(() => ProgramJsonReader.Read(json, "mini.json"));

        Assert.Contains(e.Issues, i => i.Line == 6 && i.Problem.Contains("talk id 't1' is used twice"));
        Assert.Contains(e.Issues, i => i.Line == 6 && i.Problem.Contains("ends"));
        Assert.Contains(e.Issues, i => i.Line == 7 && i.Problem.Contains("\"room\""));
        Assert.StartsWith("3 problems in the conference program:", e.Message);
    }

    [Fact]
    public void Wrong_value_type_names_line_column_and_path()
    {
        const string json = "{\n  \"name\": \"Mini\",\n  \"timeZone\": \"Asia/Shanghai\",\n  \"talks\": [ { \"id\": \"t1\", \"day\": \"one\" } ]\n}";

        var e = Assert.Throws<ProgramLoadException>(() => ProgramJsonReader.Read(json, "mini.json"));

        var issue = Assert.Single(e.Issues);
        Assert.Equal(4, issue.Line);
        Assert.NotNull(issue.Column);
        Assert.Contains("$.talks[0].day", issue.Problem);
    }

    [Fact]
    public void Talk_on_a_day_that_does_not_match_its_date_is_an_error()
    {
        const string json = """
            {
              "name": "Mini",
              "timeZone": "Asia/Shanghai",
              "days": [ { "day": 1, "date": "2027-01-02" }, { "day": 2, "date": "2027-01-03" } ],
              "talks": [
                { "id": "t1", "code": "X1-1", "title": "One", "day": 2, "room": "Hall", "start": "2027-01-02T09:00:00+08:00", "end": "2027-01-02T09:30:00+08:00" }
              ]
            }
            """;

        var e = Assert.Throws<ProgramLoadException>(() => ProgramJsonReader.Read(json, "mini.json"));

        Assert.Equal("mini.json:6: talk X1-1 starts 2027-01-02 09:00, which is not on day 2 (2027-01-03)", e.Message);
    }

    private static void AssertSameTalk(Talk expected, Talk actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Code, actual.Code);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Abstract, actual.Abstract);
        Assert.Equal(expected.SpeakerLine, actual.SpeakerLine);
        Assert.Equal(expected.Speakers, actual.Speakers);
        Assert.Equal(expected.SessionCode, actual.SessionCode);
        Assert.Equal(expected.Day, actual.Day);
        Assert.Equal(expected.Room, actual.Room);
        Assert.Equal(expected.Start, actual.Start);
        Assert.Equal(expected.End, actual.End);
        Assert.Equal(expected.TitleIsNoise, actual.TitleIsNoise);
        Assert.Equal(expected.AbstractIsNoise, actual.AbstractIsNoise);
        Assert.Equal(expected.IsPlenary, actual.IsPlenary);
    }
}
