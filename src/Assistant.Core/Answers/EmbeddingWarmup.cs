using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.Answers;

/// <summary>Embeds the program's talks in the background after start-up, so the first question does not wait; failures only log (search stays lexical).</summary>
internal sealed class EmbeddingWarmup(TalkEmbeddingIndex index, ILogger<EmbeddingWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            var vectors = await index.EnsureIndexedAsync(stoppingToken);
            logger.LogInformation("Embedding index ready: {Count} talks ({Embedded} embedded now)", vectors.Count, index.EmbeddedCount);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not build the embedding index; search stays lexical until the embedding model answers");
        }
    }
}
