using System.Net;
using System.Text.RegularExpressions;
using Assistant.Conversation;
using Assistant.Telegram;
using Assistant.Tests.Telegram.FakeBotApi;

namespace Assistant.Tests.Telegram;

public sealed partial class TelegramHtmlRendererTests
{
    private readonly TelegramHtmlRenderer renderer = new();

    [Fact]
    public void Render_escapes_markup_in_user_and_program_text()
    {
        var reply = Reply.Of(new TextBlock([new Span("<script>alert('x') & \"co\"</script>"), new Span(" a<b", SpanStyle.Bold)]));

        var html = Assert.Single(renderer.Render(reply)).Html;

        Assert.Equal("&lt;script&gt;alert('x') &amp; \"co\"&lt;/script&gt;<b> a&lt;b</b>", html);
    }

    [Fact]
    public void Render_maps_span_styles_to_tags_and_separates_blocks_by_a_blank_line()
    {
        var reply = Reply.Of(
            new TextBlock([new Span("A4-1 ", SpanStyle.Code), new Span("Title", SpanStyle.Bold)]),
            TextBlock.Italic("Room 101"));

        var html = Assert.Single(renderer.Render(reply)).Html;

        Assert.Equal("<code>A4-1 </code><b>Title</b>\n\n<i>Room 101</i>", html);
    }

    [Fact]
    public void Render_puts_buttons_as_an_inline_keyboard_in_rows()
    {
        var reply = Reply.Text("card").WithButtons([
            [new ReplyButton("Bookmark", "bm:A4-1"), new ReplyButton("Summary", "sum:A4-1")],
            [new ReplyButton("Next", "next:1")],
        ]);

        var keyboard = Assert.Single(renderer.Render(reply)).Keyboard;

        Assert.NotNull(keyboard);
        var rows = keyboard.InlineKeyboard.Select(r => r.Select(b => (b.Text, b.CallbackData)).ToArray()).ToArray();
        Assert.Equal([("Bookmark", "bm:A4-1"), ("Summary", "sum:A4-1")], rows[0]);
        Assert.Equal([("Next", "next:1")], rows[1]);
    }

    [Fact]
    public void Render_splits_a_10000_character_reply_into_balanced_parts_with_buttons_on_the_last()
    {
        var blocks = Enumerable.Range(0, 50).Select(i => new TextBlock([
            new Span($"Talk {i} ", SpanStyle.Bold),
            new Span(string.Concat(Enumerable.Repeat($"Q&A <{i}> on kernels. ", 10))),
            new Span("code()", SpanStyle.Code),
        ])).ToArray();
        var reply = Reply.Of(blocks).WithButtons([[new ReplyButton("More", "more:2")]]);
        Assert.True(reply.PlainText.Length >= 10_000, $"only {reply.PlainText.Length} chars");

        var parts = renderer.Render(reply);

        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.InRange(p.Html.Length, 1, TelegramHtmlRenderer.TelegramMaxLength));
        Assert.All(parts, p => AssertWellFormed(p.Html));
        Assert.All(parts.SkipLast(1), p => Assert.Null(p.Keyboard));
        Assert.NotNull(parts[^1].Keyboard);
        // Blocks are kept whole: every part starts with a talk heading.
        Assert.All(parts, p => Assert.StartsWith("<b>Talk ", p.Html));
        Assert.Equal(Normalize(reply.PlainText), Normalize(string.Join("\n\n", parts.Select(p => Unescape(p.Html)))));
    }

    [Fact]
    public void Render_splits_one_long_styled_block_inside_the_text_and_reopens_the_tag_in_every_part()
    {
        var sentence = "Gradient descent converges & generalises <well>. ";
        var reply = Reply.Of(TextBlock.Bold(string.Concat(Enumerable.Repeat(sentence, 250))));

        var parts = renderer.Render(reply);

        Assert.True(parts.Count >= 3);
        Assert.All(parts, p =>
        {
            Assert.InRange(p.Html.Length, 1, TelegramHtmlRenderer.TelegramMaxLength);
            Assert.StartsWith("<b>", p.Html);
            Assert.EndsWith("</b>", p.Html);
            AssertWellFormed(p.Html);
        });
        // Cut at sentence ends, not mid-word.
        Assert.All(parts.SkipLast(1), p => Assert.EndsWith(".</b>", p.Html));
        Assert.Equal(Normalize(reply.PlainText), Normalize(string.Join(" ", parts.Select(p => Unescape(p.Html)))));
    }

    [Fact]
    public void Render_prefers_line_breaks_over_other_boundaries()
    {
        var line = new string('x', 99) + "\n";
        var reply = Reply.Text(string.Concat(Enumerable.Repeat(line, 100)));

        var parts = renderer.Render(reply);

        Assert.True(parts.Count >= 3);
        Assert.All(parts.SkipLast(1), p => Assert.True(p.Html.Length % 100 == 99, $"part of {p.Html.Length} chars was not cut at a line break"));
    }

    [Fact]
    public void Render_never_splits_a_surrogate_pair_or_an_entity_in_text_without_spaces()
    {
        var reply = Reply.Text(string.Concat(Enumerable.Repeat("😀&", 3000)));

        var parts = renderer.Render(reply);

        Assert.True(parts.Count >= 2);
        Assert.All(parts, p =>
        {
            Assert.InRange(p.Html.Length, 1, TelegramHtmlRenderer.TelegramMaxLength);
            Assert.False(char.IsLowSurrogate(p.Html[0]));
            Assert.False(char.IsHighSurrogate(p.Html[^1]));
            AssertWellFormed(p.Html);
        });
        Assert.Equal(reply.PlainText, string.Concat(parts.Select(p => Unescape(p.Html))));
    }

    [Fact]
    public void Render_sends_a_placeholder_when_a_reply_has_buttons_but_no_text_and_nothing_when_it_is_empty()
    {
        var onlyButtons = new Reply([], [[new ReplyButton("Go", "go:1")]]);

        Assert.NotEmpty(Assert.Single(renderer.Render(onlyButtons)).Html.Trim());
        Assert.Empty(renderer.Render(new Reply([TextBlock.Plain("")], [])));
    }

    /// <summary>Only our three tags, properly nested; every '&amp;' starts one of the entities we emit.</summary>
    private static void AssertWellFormed(string html)
    {
        var open = new Stack<string>();
        foreach (Match tag in Tag().Matches(html))
        {
            var name = tag.Groups["name"].Value;
            Assert.Contains(name, new[] { "b", "i", "code" });
            if (tag.Groups["close"].Success)
            {
                Assert.True(open.TryPop(out var top) && top == name, $"unbalanced </{name}> in: {html[..Math.Min(80, html.Length)]}");
            }
            else
            {
                open.Push(name);
            }
        }
        Assert.Empty(open);
        Assert.DoesNotMatch("<(?!/?(b|i|code)>)", html);
        Assert.DoesNotMatch("&(?!(lt|gt|amp);)", html);
        Assert.Null(TelegramHtml.Problem(html)); // and Telegram's parser, as the fake Bot API models it, accepts it
    }

    private static string Unescape(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex("<(?<close>/)?(?<name>[a-z]+)>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
