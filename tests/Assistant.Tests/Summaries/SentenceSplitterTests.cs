using Assistant.Summaries;

namespace Assistant.Tests.Summaries;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Abbreviations_and_initials_do_not_end_a_sentence()
    {
        var text = "Methods such as e.g. Adam are popular, as shown by Smith et al. They converge fast. " +
                   "See Fig. 3 for details. The work of J. Nash is cited. Results hold, i.e. Theorem 2 applies.";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal([
            "Methods such as e.g. Adam are popular, as shown by Smith et al. They converge fast.",
            "See Fig. 3 for details.",
            "The work of J. Nash is cited.",
            "Results hold, i.e. Theorem 2 applies.",
        ], sentences);
    }

    [Fact]
    public void Decimals_line_breaks_and_closing_brackets_are_handled()
    {
        var sentences = SentenceSplitter.Split("The rate is 3.5 times faster (see [3].)\nIt also\nscales. Done!");

        Assert.Equal(["The rate is 3.5 times faster (see [3].)", "It also scales.", "Done!"], sentences);
    }

    [Fact]
    public void Chinese_full_stops_end_sentences()
    {
        Assert.Equal(["我们研究最优传输。", "提出了新算法！", "效果如何？"], SentenceSplitter.Split("我们研究最优传输。提出了新算法！效果如何？"));
    }

    [Fact]
    public void Empty_text_has_no_sentences() => Assert.Empty(SentenceSplitter.Split("  \n "));
}
