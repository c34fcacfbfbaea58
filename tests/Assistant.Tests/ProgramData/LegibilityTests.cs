using Assistant.ProgramData.Book;

namespace Assistant.Tests.ProgramData;

public sealed class LegibilityTests
{
    private readonly Legibility _legibility = Legibility.FromCorpus("we propose proximal point methods for computing balanced distances");

    [Theory]
    [InlineData("Deep Learning in Non-Euclidean Space")]
    [InlineData("Error analysis of GAN")]
    [InlineData("PROXIMAL POINT METHODS FOR COMPUTING (UN-)BALANCED")]
    public void Readable_text_is_readable(string text) => Assert.True(_legibility.IsReadable(text));

    [Theory]
    [InlineData("PINN f5:305 H Ba U IE R4k")]
    [InlineData("JARFISTETE X5 B IR A H LA")]
    [InlineData("17515 SRR I 45818")]
    [InlineData("")]
    public void Ocr_junk_is_not_readable(string text) => Assert.False(_legibility.IsReadable(text));

    [Fact]
    public void Capitalised_words_need_the_corpus_while_lower_case_words_do_not()
    {
        var bare = new Legibility();

        Assert.False(bare.IsWord("PROXIMAL"));
        Assert.True(_legibility.IsWord("PROXIMAL"));
        Assert.True(bare.IsWord("regularization"));
        Assert.False(bare.IsWord("R4k"));
    }
}
