using Assistant.Answers;
using Assistant.ProgramData;
using Assistant.Search;

namespace Assistant.Summaries;

/// <summary>
/// Lets "summarise A4-3" reach the answer service: the engine sends text that names a talk code to the talk card
/// before it asks <see cref="IAnswerService"/>, so for a summary request this decorator's <see cref="FindCode"/>
/// answers null and the free-text summary decorator (<see cref="SummaryRequestAnswerService"/>) takes it. Searches pass through.
/// </summary>
public sealed class SummaryAwareTalkSearch(ITalkSearch inner, IProgramProvider programs) : ITalkSearch, IAsyncTalkSearch
{
    public IReadOnlyList<SearchHit> Search(string query, int limit = 5) => inner.Search(query, limit);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken) =>
        inner is IAsyncTalkSearch async ? async.SearchAsync(query, limit, cancellationToken) : Task.FromResult(inner.Search(query, limit));

    public Talk? FindCode(string text) =>
        SummaryRequestParser.ParseFreeText(text, programs.Current) is null ? inner.FindCode(text) : null;
}
