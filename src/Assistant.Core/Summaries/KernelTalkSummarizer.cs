using System.Text.RegularExpressions;
using Assistant.Ai;
using Assistant.ProgramData;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Assistant.Summaries;

/// <summary>
/// Summaries written by the language model from the prompts summarize.yaml and summarize-session.yaml, cached per
/// (talk, language, model, content hash) so each is written once. Falls back to the extractive summary, with a notice,
/// when the model is slow or failing; talks without a readable abstract never reach the model.
/// </summary>
public sealed partial class KernelTalkSummarizer : ITalkSummarizer
{
    private const int MaxSummaryLength = 1200;

    private readonly Kernel _kernel;
    private readonly KernelFunction _talk;
    private readonly KernelFunction _session;
    private readonly SummaryCache _cache;
    private readonly AiOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public KernelTalkSummarizer(Kernel kernel, PromptLibrary prompts, SummaryCache cache, IOptions<AiOptions> options, TimeProvider time,
        ILogger<KernelTalkSummarizer>? logger = null)
    {
        _kernel = kernel;
        _talk = kernel.CreateFunctionFromPrompt(prompts[PromptLibrary.Summarize]);
        _session = kernel.CreateFunctionFromPrompt(prompts[PromptLibrary.SummarizeSession]);
        _cache = cache;
        _options = options.Value;
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public async Task<TalkSummary> SummarizeTalkAsync(Talk talk, ReplyLanguage language, CancellationToken cancellationToken)
    {
        if (!OfflineTalkSummarizer.HasReadableAbstract(talk)) return OfflineTalkSummarizer.Summarize(talk, language);

        var data = new { talk.Code, Title = talk.TitleIsNoise ? null : talk.Title, Speakers = SpeakerNames(talk), Abstract = talk.Abstract.Trim() };
        var key = new SummaryCache.Key(talk.Id, language.Code, _options.ChatModelId, ContentHash.Of(data.Title, data.Speakers, data.Abstract));
        if (await _cache.GetAsync(key, cancellationToken) is { } cached) return new TalkSummary(cached, SummarySource.Cache);

        var (text, notice) = await InvokeAsync(_talk, new KernelArguments { ["talk"] = PromptData.Encode(data), ["language"] = language.PromptName }, language, cancellationToken);
        text = Clean(text);
        if (text is null) return OfflineTalkSummarizer.Summarize(talk, language) with { Notice = notice };

        await _cache.PutAsync(key, text, cancellationToken);
        return new TalkSummary(text, SummarySource.Model);
    }

    public async Task<SessionSummary> SummarizeSessionAsync(Session session, IReadOnlyList<Talk> talks, ReplyLanguage language, CancellationToken cancellationToken)
    {
        var data = talks.Select(t => new
        {
            t.Code,
            Title = t.TitleIsNoise ? null : t.Title,
            Abstract = OfflineTalkSummarizer.HasReadableAbstract(t) ? t.Abstract.Trim() : null,
        }).ToList();
        var key = new SummaryCache.Key($"session:{session.Code}", language.Code, _options.ChatModelId,
            ContentHash.Of([.. data.SelectMany(d => new[] { d.Code, d.Title, d.Abstract })]));

        var fromCache = await _cache.GetAsync(key, cancellationToken);
        string? notice = null;
        var text = fromCache;
        if (text is null)
        {
            (text, notice) = await InvokeAsync(_session, new KernelArguments { ["talks"] = PromptData.Encode(data), ["language"] = language.PromptName }, language, cancellationToken);
        }

        var lines = ParseSessionLines(text, talks);
        var offline = await new OfflineTalkSummarizer().SummarizeSessionAsync(session, talks, language, cancellationToken);
        if (lines.Count == 0) return offline with { Notice = notice };
        if (fromCache is null) await _cache.PutAsync(key, text!, cancellationToken);

        // A talk the model skipped keeps its extractive line, so the session is always complete.
        var merged = offline.Lines.Select(l => lines.TryGetValue(l.Talk.Code, out var line) ? l with { Text = line } : l).ToList();
        return new SessionSummary(merged, fromCache is null ? SummarySource.Model : SummarySource.Cache);
    }

    /// <summary>"CODE: sentence" lines for codes of this session only; anything else the model wrote is dropped.</summary>
    internal static Dictionary<string, string> ParseSessionLines(string? text, IReadOnlyList<Talk> talks)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(text)) return result;
        var codes = talks.ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var raw in text.Split('\n'))
        {
            var match = SessionLine().Match(raw.Trim());
            if (!match.Success || !codes.TryGetValue(match.Groups["code"].Value, out var talk)) continue;
            var line = match.Groups["text"].Value.Trim();
            if (line.Length > 0) result.TryAdd(talk.Code, OfflineTalkSummarizer.Shorten(line, 400));
        }
        return result;
    }

    private async Task<(string? Text, string? Notice)> InvokeAsync(KernelFunction function, KernelArguments arguments, ReplyLanguage language, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var result = await function.InvokeAsync(_kernel, arguments, linked.Token);
            return (result.GetValue<string>(), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning("Model {Model} did not summarise within {Timeout}; using the extractive summary", _options.ChatModelId, _options.RequestTimeout);
            return (null, SummaryTexts.TimeoutNotice(language));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogWarning(e, "Model {Model} failed to summarise; using the extractive summary", _options.ChatModelId);
            return (null, SummaryTexts.ErrorNotice(language));
        }
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        return trimmed.Length <= MaxSummaryLength ? trimmed : OfflineTalkSummarizer.Shorten(trimmed, MaxSummaryLength);
    }

    private static string? SpeakerNames(Talk talk) => talk.Speakers.Count > 0 ? string.Join(", ", talk.Speakers.Select(s => s.Name)) : null;

    [GeneratedRegex(@"^[-*•\s]*\[?(?<code>[A-Za-z]\d{1,2}-\d{1,2}|[A-Za-z]\d{1,2})\]?\s*[:：.\-–—]\s*(?<text>.+)$")]
    private static partial Regex SessionLine();
}
