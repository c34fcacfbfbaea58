using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace Assistant.Answers;

/// <summary>
/// A deterministic stand-in for an embedding model: hashed bag of words (lower-cased words, and character bigrams
/// for CJK, each hashed into one of <see cref="Dimensions"/> signed buckets, then L2-normalised). Cosine similarity
/// between two vectors is then word overlap. It proves the fusion code in tests and in <c>eval-hybrid</c>; it is not
/// a semantic model.
/// </summary>
public sealed partial class HashedEmbeddingGenerator(int dimensions = 512) : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string ModelId = "hashed-bag-of-words";

    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "it", "its", "of", "on", "or",
        "that", "the", "this", "to", "we", "with", "which", "what", "who", "where", "when", "how", "talk", "talks", "about", "any", "there",
    ];

    public int Dimensions { get; } = dimensions;

    /// <summary>How many texts have been embedded (tests use it to prove the cache works).</summary>
    public int Calls { get; private set; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Calls++;
            result.Add(new Embedding<float>(Embed(value)) { ModelId = ModelId });
        }
        return Task.FromResult(result);
    }

    public float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        foreach (var term in Terms(text))
        {
            var hash = Fnv1a(term);
            vector[hash % (uint)Dimensions] += (hash & 0x8000_0000) == 0 ? 1f : -1f;
        }
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        if (norm > 0) for (var i = 0; i < vector.Length; i++) vector[i] /= norm;
        return vector;
    }

    // FNV-1a: stable across processes and platforms, unlike string.GetHashCode.
    private static uint Fnv1a(string term)
    {
        var hash = 2166136261u;
        foreach (var c in term)
        {
            hash = (hash ^ (c & 0xFFu)) * 16777619u;
            hash = (hash ^ (uint)(c >> 8)) * 16777619u;
        }
        return hash;
    }

    private static IEnumerable<string> Terms(string text)
    {
        foreach (Match match in Word().Matches(text.ToLowerInvariant()))
        {
            var word = match.Value;
            if (word[0] >= '\u3400')
            {
                for (var i = 0; i + 1 < word.Length; i++) yield return word.Substring(i, 2);
                continue;
            }
            if (word.Length < 2 || StopWords.Contains(word)) continue;
            yield return word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
