using Assistant.Answers;
using Assistant.Tests.Ai;

namespace Assistant.Tests.Answers;

public sealed class CitationFilterTests
{
    private static readonly Assistant.ProgramData.Talk[] Context = [.. AiTestKit.Program().Talks.Where(t => t.Code is "A4-1" or "A4-3")];

    [Theory]
    [InlineData("Try [A4-3].", "Try [A4-3].")]
    [InlineData("Try [A4-3] or [B9-9].", "Try [A4-3] or.")]
    [InlineData("Try [a4–3, B9-9, A4-1].", "Try [A4-3, A4-1].")]
    [InlineData("B9-9 and A4-1 both apply (see [1]).", "and A4-1 both apply (see [1]).")]
    [InlineData("Only [Z1-1] covers it.", "Only covers it.")]
    public void Keeps_codes_from_the_context_and_drops_the_rest(string answer, string expected)
    {
        Assert.Equal(expected, CitationFilter.Apply(answer, Context).Text);
    }

    [Fact]
    public void Cited_talks_come_in_order_of_first_mention_without_repeats()
    {
        var result = CitationFilter.Apply("[A4-3] first, then A4-1, then [A4-3] again.", Context);

        Assert.Equal(["A4-3", "A4-1"], result.Cited.Select(t => t.Code));
    }
}
