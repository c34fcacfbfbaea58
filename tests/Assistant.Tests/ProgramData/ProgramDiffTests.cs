using Assistant.ProgramData;

namespace Assistant.Tests.ProgramData;

public sealed class ProgramDiffTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset Nine = new(2027, 5, 20, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Same_program_has_an_empty_diff() =>
        Assert.True(ProgramDiff.Compare(RealProgram.Program, RealProgram.Program).IsEmpty);

    [Fact]
    public void Talks_are_matched_by_id_into_added_removed_and_moved()
    {
        var before = Program(Talk("a", "X1-1", Nine, "Room 1"), Talk("b", "X1-2", Nine.AddMinutes(30), "Room 1"), Talk("c", "X1-3", Nine.AddHours(1), "Room 1"));
        var after = Program(
            Talk("a", "X1-1", Nine, "Room 1") with { Title = "Retitled only" },
            Talk("b", "X1-2", Nine.AddMinutes(30), "Room 2"),
            Talk("d", "X1-4", Nine.AddHours(2), "Room 1"));

        var diff = ProgramDiff.Compare(before, after);

        Assert.Equal(["d"], diff.Added.Select(t => t.Id));
        Assert.Equal(["c"], diff.Removed.Select(t => t.Id));
        var move = Assert.Single(diff.Moved);
        Assert.Equal("b", move.After.Id);
        Assert.True(move.RoomChanged);
        Assert.False(move.TimeChanged);
    }

    [Fact]
    public void Changing_only_the_end_counts_as_a_move()
    {
        var before = Program(Talk("a", "X1-1", Nine, "Room 1"));
        var after = Program(Talk("a", "X1-1", Nine, "Room 1") with { End = Nine.AddMinutes(45) });

        var move = Assert.Single(ProgramDiff.Compare(before, after).Moved);

        Assert.True(move.TimeChanged);
        Assert.Equal(Nine.AddMinutes(30), move.Before.End);
    }

    [Fact]
    public void A_talk_whose_code_changed_but_id_stayed_is_not_added_or_removed()
    {
        var before = Program(Talk("stable", "X1-1", Nine, "Room 1"));
        var after = Program(Talk("stable", "X2-1", Nine, "Room 1"));

        Assert.True(ProgramDiff.Compare(before, after).IsEmpty);
    }

    private static Talk Talk(string id, string code, DateTimeOffset start, string room) =>
        new(id, code, $"Talk {code}", "", "", [], code.Split('-')[0], 1, room, start, start.AddMinutes(30));

    private static ConferenceProgram Program(params Talk[] talks) =>
        ProgramFactory.Create("Test", Zone, [new ConferenceDay(1, new DateOnly(2027, 5, 20))], talks);
}
