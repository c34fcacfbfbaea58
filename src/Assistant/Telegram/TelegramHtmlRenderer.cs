using System.Text;
using Assistant.Conversation;
using Telegram.Bot.Types.ReplyMarkups;

namespace Assistant.Telegram;

/// <summary>One Telegram message: HTML text (parse mode HTML) and the buttons under it, if any.</summary>
public sealed record RenderedMessage(string Html, InlineKeyboardMarkup? Keyboard);

/// <summary>
/// Renders a <see cref="Reply"/> as Telegram HTML, split into messages that fit Telegram's limit.
/// Text is escaped span by span and every part re-opens its own tags, so no part cuts a tag, an entity or a
/// surrogate pair, and every part is balanced. Buttons go under the last part.
/// </summary>
public sealed class TelegramHtmlRenderer(int maxLength = TelegramHtmlRenderer.TelegramMaxLength)
{
    /// <summary>Telegram's limit is 4,096 UTF-16 units after entity parsing; counting the HTML itself is conservative.</summary>
    public const int TelegramMaxLength = 4096;

    private const string BlockSeparator = "\n\n";

    /// <summary>Sent when a reply has buttons but no text: Telegram refuses empty messages.</summary>
    private const string EmptyTextPlaceholder = "…";

    private readonly int maxLength = maxLength >= 64 ? maxLength : throw new ArgumentOutOfRangeException(nameof(maxLength));

    public IReadOnlyList<RenderedMessage> Render(Reply reply)
    {
        var parts = new List<string>();
        var current = new StringBuilder();

        foreach (var block in reply.Blocks)
        {
            var spans = block.Spans.Where(s => s.Text.Length > 0).ToList();
            if (spans.Count == 0) continue;
            var html = RenderSpans(spans);

            if (current.Length > 0 && current.Length + BlockSeparator.Length + html.Length <= maxLength)
            {
                current.Append(BlockSeparator).Append(html);
                continue;
            }
            Flush(parts, current);
            if (html.Length <= maxLength)
                current.Append(html);
            else
                parts.AddRange(SplitBlock(spans));
        }
        Flush(parts, current);

        var keyboard = BuildKeyboard(reply.Buttons);
        if (parts.Count == 0)
            return keyboard is null ? [] : [new RenderedMessage(EmptyTextPlaceholder, keyboard)];
        return [.. parts.Select((html, i) => new RenderedMessage(html, i == parts.Count - 1 ? keyboard : null))];
    }

    /// <summary>Escapes the three characters Telegram's HTML parser requires (we never emit attributes, so quotes may stay).</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny('<', '>', '&') < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text) AppendEscaped(builder, c);
        return builder.ToString();
    }

    private static InlineKeyboardMarkup? BuildKeyboard(IReadOnlyList<IReadOnlyList<ReplyButton>> rows)
    {
        var buttons = rows
            .Where(row => row.Count > 0)
            .Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Data)).ToArray())
            .ToArray();
        return buttons.Length == 0 ? null : new InlineKeyboardMarkup(buttons);
    }

    private static void Flush(List<string> parts, StringBuilder current)
    {
        if (current.Length == 0) return;
        parts.Add(current.ToString());
        current.Clear();
    }

    private static string RenderSpans(IEnumerable<Span> spans)
    {
        var builder = new StringBuilder();
        foreach (var span in spans) AppendSpan(builder, span.Style, span.Text);
        return builder.ToString();
    }

    private static void AppendSpan(StringBuilder builder, SpanStyle style, ReadOnlySpan<char> text)
    {
        var (open, close) = Tags(style);
        builder.Append(open);
        foreach (var c in text) AppendEscaped(builder, c);
        builder.Append(close);
    }

    private static (string Open, string Close) Tags(SpanStyle style) => style switch
    {
        SpanStyle.Bold => ("<b>", "</b>"),
        SpanStyle.Italic => ("<i>", "</i>"),
        SpanStyle.Code => ("<code>", "</code>"),
        _ => ("", ""),
    };

    private static void AppendEscaped(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '<': builder.Append("&lt;"); break;
            case '>': builder.Append("&gt;"); break;
            case '&': builder.Append("&amp;"); break;
            default: builder.Append(c); break;
        }
    }

    private static int EscapedLength(char c) => c switch { '<' or '>' => 4, '&' => 5, _ => 1 };

    /// <summary>Splits one block that is too long on its own, cutting raw text (before escaping) at the best boundary that fits.</summary>
    private List<string> SplitBlock(List<Span> spans)
    {
        var parts = new List<string>();
        var current = new StringBuilder();

        foreach (var span in spans)
        {
            var (open, close) = Tags(span.Style);
            var text = span.Text.AsSpan();
            while (text.Length > 0)
            {
                var budget = maxLength - current.Length - open.Length - close.Length;
                var fits = FittingPrefix(text, budget);
                if (fits == text.Length)
                {
                    AppendSpan(current, span.Style, text);
                    break;
                }

                // Rather than a sliver at the end of a part, start a fresh part: the cut then lands on a better boundary.
                if (current.Length > 0 && budget < maxLength / 4)
                {
                    Flush(parts, current);
                    continue;
                }

                var cut = BestCut(text, fits);
                if (cut == 0)
                {
                    Flush(parts, current);
                    continue;
                }
                AppendSpan(current, span.Style, text[..cut].TrimEnd());
                Flush(parts, current);
                text = text[cut..].TrimStart();
            }
        }
        Flush(parts, current);
        // A part may consist of only tags when trimming ate its text; Telegram would refuse it.
        parts.RemoveAll(p => p.Replace("<b>", "").Replace("</b>", "").Replace("<i>", "").Replace("</i>", "")
            .Replace("<code>", "").Replace("</code>", "").Trim().Length == 0);
        return parts;
    }

    /// <summary>How many raw characters fit in <paramref name="budget"/> once escaped, never ending inside a surrogate pair.</summary>
    private static int FittingPrefix(ReadOnlySpan<char> text, int budget)
    {
        var used = 0;
        var i = 0;
        while (i < text.Length)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var cost = width == 2 ? 2 : EscapedLength(text[i]);
            if (used + cost > budget) break;
            used += cost;
            i += width;
        }
        return i;
    }

    /// <summary>
    /// The best place to cut within the first <paramref name="limit"/> characters: a line break, else a sentence end,
    /// else a space, each only if it keeps at least half the part; else the limit itself (not splitting a surrogate pair).
    /// </summary>
    private static int BestCut(ReadOnlySpan<char> text, int limit)
    {
        if (limit <= 0) return 0;
        var window = text[..limit];
        var floor = limit / 2;

        var newline = window.LastIndexOf('\n');
        if (newline >= floor) return newline + 1;

        for (var i = limit - 1; i >= floor; i--)
        {
            if (IsSentenceEnd(window[i]) && (i + 1 == window.Length || char.IsWhiteSpace(window[i + 1]) || IsCjkSentenceEnd(window[i])))
                return i + 1;
        }

        var space = window.LastIndexOf(' ');
        if (space >= floor) return space + 1;

        return limit > 0 && char.IsHighSurrogate(window[limit - 1]) ? limit - 1 : limit;
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' || IsCjkSentenceEnd(c);

    private static bool IsCjkSentenceEnd(char c) => c is '。' or '！' or '？' or '；';
}
