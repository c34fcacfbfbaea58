using System.Text;
using Assistant.Conversation;
using Assistant.ProgramData;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.Conversation;

public sealed class TalkCardTests
{
    private readonly IConversation _engine = TestHost.Engine();

    [Fact]
    public async Task A_long_abstract_is_cut_at_a_sentence_with_a_full_abstract_button()
    {
        var reply = await _engine.Say("A4-1");

        var preview = reply.Blocks.Single(b => b.PlainText.StartsWith("Sinkhorn algorithm")).PlainText;
        Assert.True(preview.Length <= TalkCards.AbstractPreviewLength + 2, $"preview is {preview.Length} characters");
        Assert.EndsWith(". …", preview);
        Assert.DoesNotContain("barycenters, where", preview);
        Assert.Contains(reply.AllButtons(), b => b is { Label: "Full abstract", Data: "abstract:id-a4-1" });
    }

    [Fact]
    public async Task The_full_abstract_button_shows_the_whole_abstract()
    {
        var outcome = await _engine.Press("abstract:id-a4-1");

        Assert.Null(outcome.Notice);
        Assert.Contains(TestProgram.LongAbstract, outcome.Reply!.PlainText);
        Assert.Contains(outcome.Reply.AllButtons(), b => b.Data == "card:id-a4-1");
    }

    [Fact]
    public async Task A_short_abstract_is_shown_whole_without_the_button()
    {
        var reply = await _engine.Say("A4-2");

        Assert.Contains("A short abstract about wasserstein barycenters at scale.", reply.PlainText);
        Assert.DoesNotContain(reply.AllButtons(), b => b.Label == TalkCards.FullAbstractLabel);
    }

    [Fact]
    public async Task The_session_button_lists_the_other_talks_of_the_session()
    {
        var card = await _engine.Say("A4-1");
        var button = card.AllButtons().Single(b => b.Label == TalkCards.SessionLabel);

        var outcome = await _engine.Press(button.Data);

        Assert.Equal("session:A4", button.Data);
        Assert.Contains("A4-2 · 11:00–11:30", outcome.Reply!.PlainText);
    }

    [Fact]
    public async Task The_card_button_opens_the_card()
    {
        var outcome = await _engine.Press("card:id-b5-1");

        Assert.StartsWith("B5-1 Revisit Tensor Networks", outcome.Reply!.PlainText);
    }

    [Fact]
    public async Task A_garbled_speaker_line_is_shown_as_printed_and_labelled()
    {
        var reply = await _engine.Say("/talk B1-1");

        Assert.Contains("Speakers: BB, R K (OCR-garbled in the source)", reply.PlainText);
    }

    [Fact]
    public async Task A_garbled_title_and_abstract_are_labelled_not_shown_as_text()
    {
        var reply = await _engine.Say("/talk B5-2");

        Assert.StartsWith("B5-2 (title OCR-garbled in the source)", reply.PlainText);
        Assert.Contains("The abstract is not legible in the source", reply.PlainText);
        Assert.DoesNotContain(reply.AllButtons(), b => b.Label == TalkCards.FullAbstractLabel);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nonsense")]
    [InlineData(":A4-1")]
    [InlineData("card:")]
    [InlineData("card:does-not-exist")]
    [InlineData("card:A4-1")]
    [InlineData("CARD:id-a4-1")]
    [InlineData("abstract:nope")]
    [InlineData("session:Z9")]
    [InlineData("bookmark:id-a4-1")]
    [InlineData("card:id-a4-1xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("card:<script>")]
    public async Task Malformed_or_forged_callback_data_gets_a_polite_notice(string data)
    {
        var outcome = await _engine.Press(data);

        Assert.Equal(TalkCallbacks.OutOfDate, outcome.Notice);
        Assert.Null(outcome.Reply);
    }

    [Fact]
    public async Task Buttons_from_other_features_join_the_card_in_their_order()
    {
        var engine = TestHost.Engine(configure: s =>
        {
            s.AddSingleton<ITalkCardButtons>(new StubButtons(20, "Summary", "summary"));
            s.AddSingleton<ITalkCardButtons>(new StubButtons(10, "Bookmark", "bm"));
        });

        var reply = await engine.Say("A4-1");

        Assert.Equal(["Full abstract", "Other talks in this session", "Bookmark", "Summary"], reply.AllButtons().Select(b => b.Label));
        Assert.Equal("bm:id-a4-1", reply.AllButtons()[2].Data);
    }

    [Fact]
    public async Task A_failing_or_oversized_button_contributor_does_not_break_the_card()
    {
        var engine = TestHost.Engine(configure: s =>
        {
            s.AddSingleton<ITalkCardButtons>(new StubButtons(1, "Broken", "x", fail: true));
            s.AddSingleton<ITalkCardButtons>(new StubButtons(2, "Too long", new string('y', 70)));
        });

        var reply = await engine.Say("A4-1");

        Assert.StartsWith("A4-1 Importance", reply.PlainText);
        Assert.DoesNotContain(reply.AllButtons(), b => b.Label is "Broken" or "Too long");
    }

    [Fact]
    public async Task Every_button_the_engine_makes_fits_in_64_bytes()
    {
        var replies = new List<Reply>();
        foreach (var text in new[] { "A4-1", "/session A4", "/now", "/next", "/day 1", "/search Sinkhorn", "/start", "/help", "/rooms" })
            replies.Add(await _engine.Say(text));

        var buttons = replies.SelectMany(r => r.AllButtons()).ToList();
        Assert.NotEmpty(buttons);
        Assert.All(buttons, b => Assert.True(Encoding.UTF8.GetByteCount(b.Data) <= CallbackData.MaxBytes, b.Data));
        Assert.All(buttons, b => Assert.True(CallbackData.TryParse(b.Data, out _), b.Data));
    }

    [Theory]
    [InlineData(24, "One two three. Four five six seven eight nine ten eleven.", "One two three. …")]
    [InlineData(40, "One two three. Four five six seven eight nine ten eleven.", "One two three. Four five six seven …")]
    [InlineData(20, "Alpha beta gamma delta epsilon zeta", "Alpha beta gamma …")]
    [InlineData(100, "Short enough.", "Short enough.")]
    public void Cut_stops_at_a_sentence_or_word_boundary(int max, string text, string expected)
    {
        Assert.Equal(expected, TalkCards.Cut(text, max).Text);
    }

    private sealed class StubButtons(int order, string label, string action, bool fail = false) : ITalkCardButtons
    {
        public int Order => order;

        public ValueTask<IReadOnlyList<ReplyButton>> GetButtonsAsync(ChatContext chat, Talk talk, CancellationToken cancellationToken) =>
            fail ? throw new InvalidOperationException("broken")
                : ValueTask.FromResult<IReadOnlyList<ReplyButton>>([new ReplyButton(label, $"{action}:{talk.Id}")]);
    }
}
