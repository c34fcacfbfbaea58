using System.Diagnostics;
using Assistant.Ai;
using Assistant.Conversation;
using Assistant.ProgramData;
using Assistant.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Assistant.Answers;

/// <summary>
/// Grounded answers from the language model: retrieval picks the talks, the model sees only those (as data),
/// citations outside them are stripped, and the cited talks become buttons. Decorates the offline answer
/// service, which answers instead when retrieval finds nothing or the model is slow, down or failing.
/// </summary>
public sealed partial class KernelAnswerService : IAnswerService
{
    private readonly IAnswerService _offline;
    private readonly ITalkSearch _search;
    private readonly IProgramProvider _programs;
    private readonly Kernel _kernel;
    private readonly KernelFunction _answer;
    private readonly AiOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public KernelAnswerService(
        IAnswerService offline, ITalkSearch search, IProgramProvider programs, Kernel kernel, PromptLibrary prompts,
        IOptions<AiOptions> options, TimeProvider time, ILogger<KernelAnswerService>? logger = null)
    {
        _offline = offline;
        _search = search;
        _programs = programs;
        _kernel = kernel;
        _answer = kernel.CreateFunctionFromPrompt(prompts[PromptLibrary.Answer]);
        _options = options.Value;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public async Task<Reply> AnswerAsync(ChatContext chat, string question, CancellationToken cancellationToken)
    {
        var hits = await RetrieveAsync(question, cancellationToken);
        // A Chinese question often names the topic in English ("有没有关于 optimal transport 的报告？"); the program's
        // text is English, so the Latin words alone are tried when the whole question finds nothing.
        if (hits.Count == 0 && LatinPart(question) is { } latin) hits = await RetrieveAsync(latin, cancellationToken);
        // Nothing to ground an answer on: the model would only guess, so it is not asked.
        if (hits.Count == 0) return await _offline.AnswerAsync(chat, question, cancellationToken);

        var language = ReplyLanguage.Detect(chat, question);
        var context = hits.Select(h => h.Talk).ToList();
        var zone = _programs.Current.TimeZone;
        var arguments = new KernelArguments
        {
            ["talks"] = PromptData.Encode(context.Select(t => PromptData.ForTalk(t, zone))),
            ["question"] = PromptData.Encode(question),
            ["language"] = language.PromptName,
            ["decline"] = AnswerTexts.DeclineMarker,
        };

        string answer;
        using (var timeout = new CancellationTokenSource(_options.RequestTimeout, _time))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token))
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                var result = await _answer.InvokeAsync(_kernel, arguments, linked.Token);
                answer = result.GetValue<string>() ?? "";
                _logger.LogInformation("Model {Model} answered in {Elapsed} with {Talks} talks as context",
                    _options.ChatModelId, Stopwatch.GetElapsedTime(started), context.Count);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                _logger.LogWarning("Model {Model} did not answer within {Timeout}; sending the offline answer", _options.ChatModelId, _options.RequestTimeout);
                return await FallbackAsync(chat, question, AnswerTexts.TimeoutNotice(language), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // HttpOperationException, KernelException, a malformed response: the user still gets an answer.
                _logger.LogWarning(e, "Model {Model} failed; sending the offline answer", _options.ChatModelId);
                return await FallbackAsync(chat, question, AnswerTexts.ErrorNotice(language), cancellationToken);
            }
        }

        return Compose(answer, context, language);
    }

    private async Task<IReadOnlyList<SearchHit>> RetrieveAsync(string query, CancellationToken cancellationToken) =>
        _search is IAsyncTalkSearch hybrid
            ? await hybrid.SearchAsync(query, _options.MaxContextTalks, cancellationToken)
            : _search.Search(query, _options.MaxContextTalks);

    /// <summary>The Latin-script words of a question that also has CJK characters; null when there is nothing to try.</summary>
    internal static string? LatinPart(string question)
    {
        if (!question.Any(ReplyLanguage.IsCjk)) return null;
        var words = LatinWords().Matches(question).Select(m => m.Value).ToList();
        return words.Count == 0 ? null : string.Join(" ", words);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[A-Za-z][A-Za-z0-9\-']*")]
    private static partial System.Text.RegularExpressions.Regex LatinWords();

    internal static Reply Compose(string answer, IReadOnlyList<Talk> context, ReplyLanguage language)
    {
        if (answer.Contains(AnswerTexts.DeclineMarker, StringComparison.Ordinal)) return Reply.Text(AnswerTexts.Decline(language));
        var filtered = CitationFilter.Apply(answer, context);
        if (string.IsNullOrWhiteSpace(filtered.Text)) return Reply.Text(AnswerTexts.Decline(language));

        var blocks = filtered.Text
            .Split(["\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(TextBlock.Plain)
            .ToList();
        var buttons = filtered.Cited
            .Select(t => (IReadOnlyList<ReplyButton>)[new ReplyButton(Summaries.SummaryReplies.ButtonLabel(t, language), CallbackData.Format("card", t.Id))])
            .ToList();
        return new Reply(blocks, buttons);
    }

    private async Task<Reply> FallbackAsync(ChatContext chat, string question, string notice, CancellationToken cancellationToken)
    {
        var offline = await _offline.AnswerAsync(chat, question, cancellationToken);
        return offline.Prepend(TextBlock.Italic(notice));
    }
}
