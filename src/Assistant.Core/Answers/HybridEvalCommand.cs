using Assistant.Ai;
using Assistant.Hosting;
using Assistant.ProgramData;
using Assistant.Search;
using Assistant.Search.Evaluation;
using Microsoft.Extensions.Options;

namespace Assistant.Answers;

/// <summary>
/// <c>eval-hybrid [path]</c>: runs the search evaluation set through the lexical search alone and through
/// <see cref="HybridTalkSearch"/> with the deterministic <see cref="HashedEmbeddingGenerator"/>, and prints both.
/// </summary>
public sealed class HybridEvalCommand(LuceneTalkSearch lexicalSearch, IProgramProvider programs, TimeProvider time) : ICliCommand
{
    /// <summary>
    /// Similarity bars for the hashed vectors (word overlap, so much lower than a real model's): picked on this
    /// evaluation set, which makes the hybrid figures optimistic. A real embedding model needs its own
    /// AI:MinSimilarity / AI:MinSimilarityAlone.
    /// </summary>
    public static AiOptions HashedSettings => new() { MinSimilarity = 0.12, MinSimilarityAlone = 0.25 };

    public string Verb => "eval-hybrid";

    public string Usage => $"eval-hybrid [path]   score lexical vs hybrid (RRF with hashed bag-of-words vectors) search (default {SearchEvalSet.DefaultRelativePath})";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var path = arguments.Count > 0 ? arguments[0] : SearchEvalSet.FindDefault();
        if (path is null || !File.Exists(path))
        {
            output.WriteLine($"eval-hybrid: evaluation set not found: {path ?? SearchEvalSet.DefaultRelativePath}");
            return 2;
        }
        var questions = SearchEvalSet.Load(path);
        var (lexical, hybrid) = await RunAsync(lexicalSearch, programs, HashedSettings, time, questions, cancellationToken);
        output.WriteLine($"evaluation set: {path}");
        output.WriteLine("lexical:");
        lexical.WriteTo(output);
        output.WriteLine($"hybrid (lexical + {HashedEmbeddingGenerator.ModelId} vectors, RRF k={ReciprocalRankFusion.DefaultK}, min similarity {HashedSettings.MinSimilarity}, alone {HashedSettings.MinSimilarityAlone}):");
        hybrid.WriteTo(output);
        return 0;
    }

    /// <summary>Both figures for one set; the hybrid search is built over <paramref name="lexical"/> with an in-memory index.</summary>
    public static async Task<(SearchEvalReport Lexical, SearchEvalReport Hybrid)> RunAsync(
        ITalkSearch lexical, IProgramProvider programs, AiOptions options, TimeProvider time, IReadOnlyList<EvalQuestion> questions, CancellationToken cancellationToken)
    {
        var index = new TalkEmbeddingIndex(new HashedEmbeddingGenerator(), cache: null, programs, HashedEmbeddingGenerator.ModelId);
        await index.EnsureIndexedAsync(cancellationToken);
        var hybrid = new HybridTalkSearch(lexical, index, Options.Create(options), time);
        return (SearchEvaluation.Run(lexical, questions), SearchEvaluation.Run(hybrid, questions));
    }
}
