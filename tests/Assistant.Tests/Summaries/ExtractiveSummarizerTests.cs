using Assistant.Summaries;
using Assistant.Tests.Ai;

namespace Assistant.Tests.Summaries;

public sealed class ExtractiveSummarizerTests
{
    [Fact]
    public void Picks_two_or_three_sentences_of_the_abstract_in_reading_order()
    {
        var all = SentenceSplitter.Split(AiTestKit.A43Abstract);

        var summary = ExtractiveSummarizer.Summarize(AiTestKit.A43Abstract);

        Assert.InRange(summary.Count, 2, 3);
        Assert.All(summary, s => Assert.Contains(s, all));
        var positions = summary.Select(s => all.ToList().IndexOf(s)).ToList();
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void Prefers_the_sentences_that_share_the_abstracts_topic_over_an_aside()
    {
        var text = "We study optimal transport between probability measures. " +
                   "Optimal transport distances compare measures through transport plans. " +
                   "The speaker enjoys hiking on weekends. " +
                   "We propose fast algorithms for optimal transport plans between measures. " +
                   "Lunch will be served afterwards.";

        var summary = ExtractiveSummarizer.Summarize(text);

        Assert.DoesNotContain("The speaker enjoys hiking on weekends.", summary);
        Assert.DoesNotContain("Lunch will be served afterwards.", summary);
    }

    [Fact]
    public void A_short_abstract_is_returned_whole_and_a_single_sentence_is_never_lost()
    {
        Assert.Equal(["One sentence only."], ExtractiveSummarizer.Summarize("One sentence only."));
        Assert.Equal(2, ExtractiveSummarizer.Summarize("First point here. Second point there.").Count);
    }
}
