using Assistant.Search;

namespace Assistant.Answers;

/// <summary>A search that may call a model (query embeddings) and so is best awaited; <see cref="HybridTalkSearch"/> implements it.</summary>
public interface IAsyncTalkSearch
{
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken);
}
