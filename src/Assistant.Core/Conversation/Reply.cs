namespace Assistant.Conversation;

/// <summary>
/// A transport-neutral reply: paragraphs of styled text, rows of buttons and an optional file.
/// Front-ends render it (Telegram as HTML, the console as plain text); tests assert on these values.
/// </summary>
public sealed record Reply(
    IReadOnlyList<TextBlock> Blocks,
    IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons,
    FileAttachment? Attachment = null)
{
    public static Reply Text(string text) => new([TextBlock.Plain(text)], []);

    public static Reply Of(params TextBlock[] blocks) => new(blocks, []);

    public Reply WithButtons(IEnumerable<IReadOnlyList<ReplyButton>> rows) => this with { Buttons = [.. Buttons, .. rows] };

    public Reply Prepend(TextBlock block) => this with { Blocks = [block, .. Blocks] };

    /// <summary>All text without styling, for logs, tests and plain front-ends.</summary>
    public string PlainText => string.Join("\n\n", Blocks.Select(b => b.PlainText));
}

/// <summary>A paragraph: a run of styled spans. Front-ends keep blocks whole when they split long messages.</summary>
public sealed record TextBlock(IReadOnlyList<Span> Spans)
{
    public static TextBlock Plain(string text) => new([new Span(text)]);

    public static TextBlock Bold(string text) => new([new Span(text, SpanStyle.Bold)]);

    public static TextBlock Italic(string text) => new([new Span(text, SpanStyle.Italic)]);

    public string PlainText => string.Concat(Spans.Select(s => s.Text));
}

public enum SpanStyle { Plain, Bold, Italic, Code }

/// <summary>A piece of text with one style. Text is raw: renderers escape it.</summary>
public sealed record Span(string Text, SpanStyle Style = SpanStyle.Plain);

/// <summary>An inline button; <see cref="Data"/> is callback data (at most 64 bytes, see <see cref="CallbackData"/>).</summary>
public sealed record ReplyButton(string Label, string Data);

/// <summary>A file sent with the reply (for example an iCalendar agenda).</summary>
public sealed record FileAttachment(string FileName, string MediaType, byte[] Content);
