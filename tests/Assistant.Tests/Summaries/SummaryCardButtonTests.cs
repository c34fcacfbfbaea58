using Assistant.Conversation;
using Assistant.Summaries;
using Assistant.Tests.Reminders;

namespace Assistant.Tests.Summaries;

public sealed class SummaryCardButtonTests
{
    private static readonly ChatContext Chat = new(1, 1, "en");

    [Fact]
    public async Task A_talk_with_a_readable_abstract_gets_a_summary_button()
    {
        var talk = TestProgram.Talk("A4-3", TestProgram.Morning) with { Abstract = "We propose two proximal point algorithms." };

        var buttons = await new SummaryCardButton().GetButtonsAsync(Chat, talk, CancellationToken.None);

        Assert.Equal("sum:A4-3", Assert.Single(buttons).Data);
    }

    [Fact]
    public async Task A_talk_whose_abstract_is_missing_or_garbled_gets_no_summary_button()
    {
        // A1-1 and P1 in the shipped book: the button could only say "nothing to summarise".
        var talk = TestProgram.Talk("A1-1", TestProgram.Morning) with { AbstractIsNoise = true };

        var buttons = await new SummaryCardButton().GetButtonsAsync(Chat, talk, CancellationToken.None);

        Assert.Empty(buttons);
    }
}
