using Assistant.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Tests.Search;

public sealed class TalkCodeTests : IDisposable
{
    private readonly LuceneTalkSearch _search =
        new(new SwappableProgramProvider(SearchTestProgram.Standard()), NullLogger<LuceneTalkSearch>.Instance);

    public void Dispose() => _search.Dispose();

    [Theory]
    [InlineData("A4-1", "A4-1")]
    [InlineData("a4-1", "A4-1")]
    [InlineData("A4 1", "A4-1")]
    [InlineData("A4-1.", "A4-1")]
    [InlineData("A4–1", "A4-1")]
    [InlineData("a4.1", "A4-1")]
    [InlineData("talk B5-3", "B5-3")]
    [InlineData("tell me about A4-1", "A4-1")]
    [InlineData("what is (c4-1) about?", "C4-1")]
    [InlineData("remind me of B5 - 1 please", "B5-1")]
    [InlineData("P1", "P1")]
    [InlineData("what's p1 about", "P1")]
    [InlineData("the first plenary 1", "P1")]
    public void FindCode_recognises_a_talk_code_however_it_is_typed(string text, string expected)
    {
        var talk = _search.FindCode(text);

        Assert.Equal(expected, talk?.Code);
    }

    [Theory]
    [InlineData("A4")]
    [InlineData("session B5")]
    [InlineData("A4-9")]
    [InlineData("L2 loss for PINN")]
    [InlineData("A4 at 10:30")]
    [InlineData("optimal transport")]
    [InlineData("")]
    public void FindCode_returns_null_when_the_text_names_no_talk(string text)
    {
        Assert.Null(_search.FindCode(text));
    }
}
