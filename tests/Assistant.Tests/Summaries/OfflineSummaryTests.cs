using Assistant.Conversation;
using Assistant.Search;
using Assistant.Summaries;
using Assistant.Tests.Ai;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.Summaries;

/// <summary>With no model configured, summaries come from the abstract through the real engine, search and program.</summary>
public sealed class OfflineSummaryTests : IDisposable
{
    private readonly AppHarness _app = new();

    private static string A43Sentence(int index) => SentenceSplitter.Split(AppHarness.Program.FindByCode("A4-3")!.Abstract)[index];

    [Theory]
    [InlineData("summarise A4-3")]
    [InlineData("Summarize a4-3")]
    [InlineData("summary of A4-3")]
    [InlineData("Could you give me a summary of A4-3?")]
    public async Task Free_text_summary_requests_get_the_extractive_summary(string text)
    {
        var reply = await _app.SayAsync(text);

        Assert.StartsWith("A4-3 · ", reply.Blocks[0].PlainText);
        Assert.Contains(A43Sentence(0), reply.PlainText);
        Assert.Contains("Key sentences from the abstract (no language model used).", reply.PlainText);
        Assert.Contains(reply.Buttons.SelectMany(r => r), b => b.Data == "card:A4-3");
    }

    [Fact]
    public async Task A_chinese_request_gets_chinese_labels()
    {
        var reply = await _app.SayAsync("总结 A4-3");

        Assert.Contains(A43Sentence(0), reply.PlainText);
        Assert.Contains("摘自报告摘要的关键句", reply.PlainText);
        Assert.Equal("报告详情", reply.Buttons.SelectMany(r => r).Single().Label);
    }

    [Fact]
    public async Task The_talk_card_has_a_summary_button_that_gives_the_summary()
    {
        var card = await _app.SayAsync("A4-3");
        var button = card.Buttons.SelectMany(r => r).Single(b => b.Data.StartsWith("sum:", StringComparison.Ordinal));

        var outcome = await _app.PressAsync(button.Data);

        Assert.Equal("Summary", button.Label);
        Assert.NotNull(outcome.Reply);
        Assert.Contains(A43Sentence(0), outcome.Reply!.PlainText);
    }

    [Fact]
    public async Task A_talk_without_a_readable_abstract_says_so_instead_of_inventing_one()
    {
        var noisy = AppHarness.Program.Talks.First(t => t.AbstractIsNoise);

        var reply = await _app.SayAsync("/summary " + noisy.Code);

        Assert.Contains("no readable abstract", reply.PlainText);
    }

    [Fact]
    public async Task Summarise_session_gives_one_line_per_talk()
    {
        var talks = AppHarness.Program.TalksInSession("B3").ToList();

        var reply = await _app.SayAsync("Summarise session B3");

        Assert.StartsWith("Session B3", reply.Blocks[0].PlainText);
        foreach (var talk in talks) Assert.Contains(reply.Blocks, b => b.Spans[0].Text == talk.Code && b.PlainText.Length > talk.Code.Length + 10);
        Assert.Equal(talks.Select(t => "card:" + t.Id), reply.Buttons.SelectMany(r => r).Select(b => b.Data));
    }

    [Fact]
    public async Task The_summary_command_explains_itself_and_unknown_codes()
    {
        Assert.StartsWith("Usage: /summary", (await _app.SayAsync("/summary")).PlainText);
        Assert.Contains("no talk or session \"Z9-9\"", (await _app.SayAsync("/summary Z9-9")).PlainText);
    }

    [Fact]
    public async Task A_forged_summary_button_gets_a_polite_notice()
    {
        var outcome = await _app.PressAsync("sum:NOPE-1");

        Assert.Null(outcome.Reply);
        Assert.Equal("That talk is no longer in the program.", outcome.Notice);
    }

    [Theory]
    [InlineData("which talks summarize optimal transport results?")]
    [InlineData("summarise Z9-9")] // not a code of the program: the summary intent declines, as search did before
    public async Task Text_that_mentions_summaries_but_no_known_talk_is_an_ordinary_question(string text)
    {
        var reply = await _app.SayAsync(text);

        Assert.DoesNotContain("Key sentences from the abstract", reply.PlainText);
    }

    [Fact]
    public async Task A_bare_code_still_gets_the_talk_card()
    {
        var reply = await _app.SayAsync("A4-3");

        Assert.StartsWith("A4-3 ", reply.PlainText);
        Assert.DoesNotContain("Key sentences from the abstract", reply.PlainText);
    }

    [Fact]
    public async Task A_bare_summary_word_gets_the_usage_hint()
    {
        var reply = await _app.SayAsync("summary");

        Assert.StartsWith("Usage: /summary", reply.PlainText);
    }

    [Fact]
    public void Talk_search_still_recognises_the_code_in_a_summary_request()
    {
        // Routing lives in the free-text intent now; search keeps its contract.
        var search = _app.Host.Services.GetRequiredService<ITalkSearch>();

        Assert.Equal("A4-3", search.FindCode("summarise A4-3")?.Code);
    }

    [Fact]
    public void The_summary_intent_runs_after_the_schedule_intent()
    {
        var intents = _app.Host.Services.GetServices<IFreeTextIntent>().OrderBy(i => i.Order).Select(i => i.GetType()).ToList();

        Assert.Equal([typeof(ScheduleFreeTextIntent), typeof(SessionFreeTextIntent), typeof(SummaryFreeTextIntent)], intents);
    }

    public void Dispose() => _app.Dispose();
}
