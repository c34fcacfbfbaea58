using Assistant.ProgramData.Book;

namespace Assistant.Tests.ProgramData;

public sealed class OcrCodeRepairTests
{
    [Theory]
    [InlineData("Al-1", "A1-1")]
    [InlineData("AI-2", "A1-2")]
    [InlineData("A1-l", "A1-1")]
    [InlineData("Ad-2", "A4-2")]
    [InlineData("BS-1", "B5-1")]
    [InlineData("C1-Z", "C1-2")]
    public void Candidates_replace_lookalike_characters(string raw, string expected) =>
        Assert.Contains(expected, OcrCodeRepair.Candidates(raw).Select(c => c.ToString()));

    [Fact]
    public void A_clean_code_is_its_own_only_candidate() =>
        Assert.Equal(["B4-2"], OcrCodeRepair.Candidates("B4-2").Select(c => c.ToString()));

    [Theory]
    [InlineData("of-a")]
    [InlineData("ab-cd")]
    [InlineData("A-1")]
    public void Words_that_merely_look_like_codes_have_no_candidates(string raw) =>
        Assert.Empty(OcrCodeRepair.Candidates(raw));

    [Fact]
    public void Repair_uses_the_neighbouring_codes()
    {
        var resolved = OcrCodeRepair.Resolve(["A4-1", "Ad-2", "A4-3"]);

        Assert.Equal(["A4-1", "A4-2", "A4-3"], resolved.Select(c => c?.ToString()));
    }

    [Fact]
    public void Two_damaged_codes_in_a_row_are_repaired_in_order()
    {
        var resolved = OcrCodeRepair.Resolve(["Al-1", "Al-4", "A2-1"]);

        Assert.Equal(["A1-1", "A1-4", "A2-1"], resolved.Select(c => c?.ToString()));
    }

    [Fact]
    public void A_repair_that_would_break_the_sequence_is_refused()
    {
        // "Sd-2" could only be S4-2, which does not fit between A4-1 and A4-3.
        var resolved = OcrCodeRepair.Resolve(["A4-1", "Sd-2", "A4-3"]);

        Assert.Null(resolved[1]);
        Assert.Equal("A4-3", resolved[2]?.ToString());
    }

    [Fact]
    public void A_repair_that_would_duplicate_a_neighbour_is_refused()
    {
        var resolved = OcrCodeRepair.Resolve(["B2-1", "B2-l", "B2-3"]);

        Assert.Null(resolved[1]);
    }

    [Fact]
    public void Digit_read_as_letter_in_the_talk_number_is_repaired_between_sessions()
    {
        var resolved = OcrCodeRepair.Resolve(["C3-4", "C4-l", "C4-2"]);

        Assert.Equal("C4-1", resolved[1]?.ToString());
    }
}
