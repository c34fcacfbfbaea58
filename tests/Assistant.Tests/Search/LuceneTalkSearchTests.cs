using Assistant.Search;
using Microsoft.Extensions.Logging.Abstractions;
using static Assistant.Tests.Search.SearchTestProgram;

namespace Assistant.Tests.Search;

public sealed class LuceneTalkSearchTests : IDisposable
{
    private readonly SwappableProgramProvider _programs = new(Standard());
    private readonly LuceneTalkSearch _search;

    public LuceneTalkSearchTests() => _search = new LuceneTalkSearch(_programs, NullLogger<LuceneTalkSearch>.Instance);

    public void Dispose() => _search.Dispose();

    private List<string> Codes(string query, int limit = 5) => _search.Search(query, limit).Select(h => h.Talk.Code).ToList();

    [Fact]
    public void Search_matches_other_inflections_of_a_word()
    {
        // Neither talk says "transports": the stemmer meets them at "transport".
        var codes = Codes("optimal transports");

        Assert.Equal(["A4-1", "A4-3"], codes.Order());
    }

    [Fact]
    public void Search_ranks_a_title_match_above_an_abstract_only_match()
    {
        var codes = Codes("kalman filter");

        Assert.Equal(["B2-1", "B2-2"], codes);
    }

    [Theory]
    [InlineData("sinkhorn algoritm", "A4-1")]
    [InlineData("wasserstien distance", "A4-3")]
    [InlineData("tensr network schrodinger", "B5-3")]
    [InlineData("hydrodinamic model", "C4-1")]
    public void Search_tolerates_typos(string query, string expected)
    {
        var codes = Codes(query);

        Assert.Equal(expected, codes.FirstOrDefault());
    }

    [Fact]
    public void Search_finds_tensor_talks_through_a_typo()
    {
        var codes = Codes("tensr networks");

        Assert.Equal(["B5-1", "B5-3"], codes.Order());
    }

    [Fact]
    public void Search_returns_only_the_talks_that_contain_a_rare_word()
    {
        var hits = _search.Search("sinkhorn");

        Assert.Equal("A4-1", Assert.Single(hits).Talk.Code);
    }

    [Theory]
    [InlineData("Michigan State University")]
    [InlineData("who is from Michigan State?")]
    [InlineData("Lei Huang")]
    public void Search_finds_talks_by_speaker_name_and_affiliation(string query)
    {
        var codes = Codes(query);

        Assert.Equal("C4-1", codes.FirstOrDefault());
    }

    [Theory]
    [InlineData("where can I get lunch?")]
    [InlineData("what's the wifi password?")]
    [InlineData("is there a talk about cooking recipes?")]
    [InlineData("tell me about the conference dinner")]
    [InlineData("who talks about it?")]
    [InlineData("   ")]
    public void Search_declines_questions_the_program_cannot_answer(string query)
    {
        var hits = _search.Search(query);

        Assert.Empty(hits);
    }

    [Fact]
    public void Search_declines_when_only_a_common_word_matches()
    {
        // "model" is in two talks; "large", "language", "chatbots" and "llm" in none: most of the question is unexplained.
        var hits = _search.Search("large language model chatbots llm");

        Assert.Empty(hits);
    }

    [Theory]
    [InlineData("who talks about tensor networks?")]
    [InlineData("is there a talk on tensor networks")]
    [InlineData("tell me about tensor networks please")]
    public void Search_ignores_conversational_filler(string query)
    {
        var codes = Codes(query);

        Assert.Equal(["B5-1", "B5-3"], codes.Order());
    }

    [Fact]
    public void Search_puts_a_talk_named_by_code_first()
    {
        var codes = Codes("tell me about A4-3");

        Assert.Equal(["A4-3"], codes);
    }

    [Fact]
    public void Search_keeps_searching_the_words_around_a_code()
    {
        var codes = Codes("A4-3 or something on tensor networks");

        Assert.Equal("A4-3", codes[0]);
        Assert.Equal(["B5-1", "B5-3"], codes.Skip(1).Order());
    }

    [Fact]
    public void Search_finds_a_session_by_its_code()
    {
        var codes = Codes("session B5");

        Assert.Equal(["B5-1", "B5-3"], codes.Order());
    }

    [Fact]
    public void Search_survives_a_pasted_wall_of_text()
    {
        // Over a thousand distinct misspellings, each with typo neighbours: more clauses than Lucene allows in one query.
        var letters = Enumerable.Range('a', 26).Select(c => (char)c).ToList();
        var words = from stem in new[] { "sinkhorn", "kalman" } from a in letters from b in letters select $"{stem}{a}{b}";
        var text = string.Join(" ", words);

        var hits = _search.Search(text);

        Assert.Equal("A4-1", hits.First().Talk.Code);
    }

    [Fact]
    public void Search_never_returns_more_than_the_limit()
    {
        var hits = _search.Search("problems methods networks", limit: 2);

        Assert.Equal(2, hits.Count);
    }

    [Fact]
    public void Snippet_shows_the_matching_passage_in_short_plain_text()
    {
        var hit = _search.Search("semismooth newton").Single();

        Assert.Contains("semismooth Newton", hit.Snippet);
        Assert.DoesNotContain("<", hit.Snippet);
        Assert.InRange(hit.Snippet.Length, 1, 200);
    }

    [Fact]
    public void Snippet_shows_the_speaker_line_when_the_match_is_an_affiliation()
    {
        var hit = _search.Search("Michigan State University").First();

        Assert.Contains("Michigan State University", hit.Snippet);
    }

    [Fact]
    public void Snippet_stays_short_for_a_long_abstract()
    {
        var longAbstract = string.Join(" ", Enumerable.Repeat("Sinkhorn iterations converge quickly for regularized transport.", 60));
        _programs.Replace(Program(Talk("A1-1", "Long one", longAbstract)));

        var hit = _search.Search("sinkhorn iterations").Single();

        Assert.InRange(hit.Snippet.Length, 20, 200);
    }

    [Fact]
    public void Snippet_of_a_noise_talk_found_by_session_says_what_it_is()
    {
        var hit = _search.Search("session A4").Single(h => h.Talk.Code == "A4-4");

        Assert.Equal("A4-4, session A4 (no readable title or abstract)", hit.Snippet);
    }

    [Fact]
    public void Noise_talks_stay_findable_by_code_but_not_by_their_noise()
    {
        Assert.Empty(_search.Search("JARFISTETE"));
        Assert.Equal("A4-4", _search.FindCode("A4-4")?.Code);
    }

    [Fact]
    public void Search_follows_the_program_when_it_changes()
    {
        Assert.Equal(["A4-1"], Codes("sinkhorn"));

        _programs.Replace(Program(
            Talk("D5-1", "The Electrolyte Project", "Lithium metal batteries are promising energy storage devices.")));

        Assert.Empty(Codes("sinkhorn"));
        Assert.Equal(["D5-1"], Codes("lithium batteries"));
        Assert.Equal("D5-1", _search.FindCode("d5-1")?.Code);
        Assert.Null(_search.FindCode("A4-1"));
    }

    [Fact]
    public async Task Searches_running_during_a_rebuild_see_one_program_or_the_other()
    {
        var other = Program(Talk("D5-1", "The Electrolyte Project", "Lithium metal batteries and sinkhorn electrolytes."));
        using var stop = new CancellationTokenSource();
        var searching = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            var seen = new HashSet<string>();
            while (!stop.IsCancellationRequested)
                seen.UnionWith(Codes("sinkhorn"));
            return seen;
        })).ToList();

        for (var i = 0; i < 20; i++)
            _programs.Replace(i % 2 == 0 ? other : Standard());
        stop.Cancel();
        var seen = (await Task.WhenAll(searching)).SelectMany(s => s).ToHashSet();

        Assert.Subset(new HashSet<string> { "A4-1", "D5-1" }, seen);
        Assert.Equal(["A4-1"], Codes("sinkhorn"));
    }
}
