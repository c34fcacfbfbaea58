using Assistant.Search;

namespace Assistant.Tests.Search;

public sealed class TypoNeighboursTests
{
    [Theory]
    [InlineData("wasserstien", "wasserstein", 1)] // adjacent transposition counts once, as in Lucene's fuzzy matching
    [InlineData("tensr", "tensor", 1)]
    [InlineData("algoritm", "algorithm", 1)]
    [InlineData("dinner", "differ", 2)]
    [InlineData("sinkhorn", "sinkhorn", 0)]
    [InlineData("lunch", "launch", 1)]
    public void Distance_counts_edits_with_transpositions(string a, string b, int expected)
    {
        Assert.Equal(expected, TypoNeighbours.Distance(a, b, max: 2));
    }

    [Fact]
    public void Distance_stops_counting_above_the_maximum()
    {
        Assert.Equal(2, TypoNeighbours.Distance("password", "wasserstein", max: 1));
    }
}
