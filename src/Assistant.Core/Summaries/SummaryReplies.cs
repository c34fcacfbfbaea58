using Assistant.Ai;
using Assistant.Conversation;
using Assistant.ProgramData;

namespace Assistant.Summaries;

/// <summary>Turns summary requests into replies; shared by /summary, the card's Summary button and the free-text intent.</summary>
public sealed class SummaryReplies(IProgramProvider programs, ITalkSummarizer summarizer)
{
    /// <summary>The reply to "/summary &lt;argument&gt;".</summary>
    public async Task<Reply> ForArgumentAsync(ChatContext chat, string argument, CancellationToken cancellationToken)
    {
        var language = ReplyLanguage.Detect(chat, null);
        if (string.IsNullOrWhiteSpace(argument)) return Reply.Text(SummaryTexts.Usage(language));
        var target = SummaryRequestParser.Resolve(argument, programs.Current);
        return target is null
            ? Reply.Text(SummaryTexts.NotFound(language, argument.Trim()))
            : await ForTargetAsync(chat, target, language, cancellationToken);
    }

    public Task<Reply> ForTargetAsync(ChatContext chat, SummaryTarget target, ReplyLanguage language, CancellationToken cancellationToken) => target switch
    {
        SummaryTarget.OfTalk t => ForTalkAsync(t.Talk, language, cancellationToken),
        SummaryTarget.OfSession s => ForSessionAsync(s.Session, s.Talks, language, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    public async Task<Reply> ForTalkAsync(Talk talk, ReplyLanguage language, CancellationToken cancellationToken)
    {
        var summary = await summarizer.SummarizeTalkAsync(talk, language, cancellationToken);
        var blocks = new List<TextBlock>();
        if (summary.Notice is { } notice) blocks.Add(TextBlock.Italic(notice));
        blocks.Add(TextBlock.Bold($"{talk.Code} · {Title(talk, language)}"));
        blocks.Add(TextBlock.Plain(summary.Text));
        var note = summary.Source switch
        {
            SummarySource.Extract => SummaryTexts.ExtractNote(language),
            SummarySource.Model or SummarySource.Cache => SummaryTexts.ModelNote(language),
            _ => null,
        };
        if (note is not null) blocks.Add(TextBlock.Italic(note));
        return new Reply(blocks, [[new ReplyButton(SummaryTexts.CardButton(language), CallbackData.Format("card", talk.Id))]]);
    }

    public async Task<Reply> ForSessionAsync(Session session, IReadOnlyList<Talk> talks, ReplyLanguage language, CancellationToken cancellationToken)
    {
        if (talks.Count == 0) return Reply.Text(SummaryTexts.EmptySession(language, session.Code));
        var summary = await summarizer.SummarizeSessionAsync(session, talks, language, cancellationToken);
        var blocks = new List<TextBlock>();
        if (summary.Notice is { } notice) blocks.Add(TextBlock.Italic(notice));
        blocks.Add(TextBlock.Bold(SummaryTexts.SessionHeading(language, session.Code, session.Title)));
        blocks.AddRange(summary.Lines.Select(line => new TextBlock([new Span(line.Talk.Code, SpanStyle.Bold), new Span(" " + line.Text)])));
        blocks.Add(TextBlock.Italic(summary.Source == SummarySource.Extract ? SummaryTexts.ExtractNote(language) : SummaryTexts.ModelNote(language)));
        var buttons = summary.Lines.Select(line => (IReadOnlyList<ReplyButton>)[new ReplyButton(ButtonLabel(line.Talk, language), CallbackData.Format("card", line.Talk.Id))]);
        return new Reply(blocks, buttons.ToList());
    }

    internal static string Title(Talk talk, ReplyLanguage language) =>
        language.IsChinese && (talk.TitleIsNoise || string.IsNullOrWhiteSpace(talk.Title))
            ? SummaryTexts.UntitledTalk(language)
            : TalkFormatter.Title(talk);   // one English wording for a garbled title everywhere

    internal static string ButtonLabel(Talk talk, ReplyLanguage language) =>
        OfflineTalkSummarizer.Shorten($"{talk.Code} {Title(talk, language)}", 40);
}
