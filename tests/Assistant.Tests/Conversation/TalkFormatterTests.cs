using Assistant.Conversation;

namespace Assistant.Tests.Conversation;

public sealed class TalkFormatterTests
{
    private static readonly Assistant.ProgramData.ConferenceProgram Program = TestProgram.Build();

    [Fact]
    public void Summary_is_code_time_room_title_in_the_conference_zone()
    {
        var talk = Program.FindByCode("A4-1")!;

        Assert.Equal("A4-1 · 10:30–11:00 · Room 1 · Importance Sparsification for Sinkhorn Algorithm", TalkFormatter.Summary(talk, Program.TimeZone));
    }

    [Fact]
    public void When_shows_day_and_local_time_range()
    {
        Assert.Equal("Fri 21 May, 10:30–11:00", TalkFormatter.When(Program.FindByCode("B5-1")!, Program.TimeZone));
    }

    [Fact]
    public void Speakers_joins_parsed_names_with_affiliations()
    {
        Assert.Equal("Mengyu Li (Renmin University), Jun Yu", TalkFormatter.Speakers(Program.FindByCode("A4-1")!));
    }

    [Fact]
    public void Speakers_with_only_an_affiliation_fall_back_to_the_labelled_raw_line()
    {
        var talk = Program.FindByCode("A4-2")! with { SpeakerLine = "754L4&, Michigan State University", Speakers = [new("", "Michigan State University")] };

        Assert.Equal("754L4&, Michigan State University (OCR-garbled in the source)", TalkFormatter.Speakers(talk));
    }

    [Theory]
    [InlineData("Short", 10, "Short")]
    [InlineData("Importance Sparsification for Sinkhorn Algorithm", 30, "Importance Sparsification for…")]
    public void Shorten_cuts_at_a_word_with_an_ellipsis(string text, int max, string expected)
    {
        Assert.Equal(expected, TalkFormatter.Shorten(text, max));
    }
}
