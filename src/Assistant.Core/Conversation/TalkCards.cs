using System.Text;
using Assistant.ProgramData;
using Microsoft.Extensions.Logging;

namespace Assistant.Conversation;

/// <summary>Builds the card every feature shows for a talk: facts, a readable abstract and the buttons all features contribute.</summary>
public sealed class TalkCards(
    IProgramProvider programs,
    IEnumerable<ITalkCardButtons> contributors,
    ILogger<TalkCards> logger)
{
    /// <summary>Abstracts longer than this are cut on the card and offered whole behind "Full abstract".</summary>
    public const int AbstractPreviewLength = 600;

    public const string FullAbstractLabel = "Full abstract";
    public const string SessionLabel = "Other talks in this session";

    private readonly IReadOnlyList<ITalkCardButtons> _contributors = contributors.OrderBy(c => c.Order).ToList();

    public async Task<Reply> BuildAsync(ChatContext chat, Talk talk, CancellationToken cancellationToken)
    {
        var program = programs.Current;
        var zone = program.TimeZone;
        var blocks = new List<TextBlock>
        {
            new([new Span(talk.Code, SpanStyle.Code), new Span(" " + TalkFormatter.Title(talk), SpanStyle.Bold)]),
            new([
                new Span("Speakers: ", SpanStyle.Bold), new Span(TalkFormatter.Speakers(talk)),
                new Span("\nWhen: ", SpanStyle.Bold), new Span(TalkFormatter.When(talk, zone)),
                new Span("\nRoom: ", SpanStyle.Bold), new Span(talk.Room),
                new Span("\nSession: ", SpanStyle.Bold), new Span(SessionLine(program, talk)),
            ]),
        };
        if (talk.TitleIsNoise && !string.IsNullOrWhiteSpace(talk.Title))
            blocks.Add(TextBlock.Italic($"Title as printed: {talk.Title.Trim()}"));

        var rows = new List<IReadOnlyList<ReplyButton>>();
        var (preview, wasCut) = Preview(talk);
        blocks.Add(preview);

        var firstRow = new List<ReplyButton>();
        if (wasCut) firstRow.Add(new ReplyButton(FullAbstractLabel, TalkCallbacks.AbstractData(talk.Id)));
        if (!string.IsNullOrWhiteSpace(talk.SessionCode) && program.TalksInSession(talk.SessionCode).Skip(1).Any())
            firstRow.Add(new ReplyButton(SessionLabel, TalkCallbacks.SessionData(talk.SessionCode)));
        if (firstRow.Count > 0) rows.Add(firstRow);

        foreach (var contributor in _contributors)
        {
            var buttons = await ContributedAsync(contributor, chat, talk, cancellationToken);
            if (buttons.Count > 0) rows.Add(buttons);
        }
        return new Reply(blocks, rows);
    }

    /// <summary>The whole abstract, for the "Full abstract" button.</summary>
    public Reply FullAbstract(Talk talk)
    {
        var heading = new TextBlock([new Span(talk.Code, SpanStyle.Code), new Span(" " + TalkFormatter.Title(talk), SpanStyle.Bold)]);
        var body = string.IsNullOrWhiteSpace(talk.Abstract) ? TextBlock.Italic(NoAbstract)
            : talk.AbstractIsNoise ? TextBlock.Italic(GarbledAbstract)
            : TextBlock.Plain(talk.Abstract.Trim());
        return Reply.Of(heading, body).WithButtons([[new ReplyButton("Back to the talk", TalkCallbacks.CardData(talk.Id))]]);
    }

    /// <summary>
    /// Cuts text to at most <paramref name="max"/> characters at the last sentence end in the second half of the
    /// window, else at the last word boundary, so a preview never stops mid-word.
    /// </summary>
    public static (string Text, bool WasCut) Cut(string text, int max = AbstractPreviewLength)
    {
        text = text.Trim();
        if (text.Length <= max) return (text, false);
        var window = text[..max];
        var sentenceEnd = -1;
        for (var i = window.Length - 1; i >= max / 2; i--)
        {
            if (window[i] is '.' or '!' or '?' or '。' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || window[i] == '。'))
            {
                sentenceEnd = i;
                break;
            }
        }
        if (sentenceEnd > 0) return (window[..(sentenceEnd + 1)] + " …", true);
        var space = window.LastIndexOf(' ');
        var cut = space > max / 2 ? window[..space] : window;
        return (cut.TrimEnd(' ', ',', ';', ':') + " …", true);
    }

    public const string GarbledAbstract = "The abstract is not legible in the source (OCR-garbled).";
    public const string NoAbstract = "The program has no abstract for this talk.";

    private static (TextBlock Block, bool WasCut) Preview(Talk talk)
    {
        // Nothing printed and printed-but-unreadable are different facts; saying "garbled" about a plenary with no
        // abstract in the book would send people looking for a text that does not exist.
        if (string.IsNullOrWhiteSpace(talk.Abstract)) return (TextBlock.Italic(NoAbstract), false);
        if (talk.AbstractIsNoise) return (TextBlock.Italic(GarbledAbstract), false);
        var (text, wasCut) = Cut(Collapse(talk.Abstract));
        return (TextBlock.Plain(text), wasCut);
    }

    // OCR'd abstracts keep the printed line breaks; a card reads better as one paragraph.
    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0) continue;
            if (builder.Length > 0) builder.Append(builder[^1] == '-' ? "" : " ");
            builder.Append(trimmed);
        }
        return builder.ToString();
    }

    private static string SessionLine(ConferenceProgram program, Talk talk)
    {
        if (string.IsNullOrWhiteSpace(talk.SessionCode)) return talk.IsPlenary ? "Plenary" : "—";
        var title = program.FindSession(talk.SessionCode) is { } session ? TalkFormatter.SessionTitle(session) : null;
        return title is null ? talk.SessionCode : $"{talk.SessionCode} — {title}";
    }

    private async Task<IReadOnlyList<ReplyButton>> ContributedAsync(
        ITalkCardButtons contributor, ChatContext chat, Talk talk, CancellationToken cancellationToken)
    {
        try
        {
            var buttons = await contributor.GetButtonsAsync(chat, talk, cancellationToken);
            var valid = buttons.Where(b => Encoding.UTF8.GetByteCount(b.Data) <= CallbackData.MaxBytes).ToList();
            if (valid.Count < buttons.Count)
                logger.LogWarning("{Contributor} offered callback data over {Max} bytes for {TalkId}; those buttons are left off",
                    contributor.GetType().Name, CallbackData.MaxBytes, talk.Id);
            return valid;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One feature's failure must not take the card down with it: show the card without its buttons.
            logger.LogError(ex, "{Contributor} failed to add buttons to the card of {TalkId}", contributor.GetType().Name, talk.Id);
            return [];
        }
    }
}
