using Assistant.Ai;
using Assistant.Answers;
using Assistant.Search;
using Assistant.Search.Evaluation;
using Assistant.Tests.Ai;
using Assistant.Tests.Storage;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Assistant.Tests.Answers;

public sealed class HybridTalkSearchTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FixedProgramProvider _programs = new(AiTestKit.Program());
    private readonly FakeTimeProvider _time = new();

    private static AiOptions Settings => new() { MinSimilarity = 0.12, MinSimilarityAlone = 0.25 };

    private TalkEmbeddingIndex Index(IEmbeddingGenerator<string, Embedding<float>> generator) =>
        new(generator, new EmbeddingCache(_database.NewFactory(), _database.Time), _programs, HashedEmbeddingGenerator.ModelId);

    [Fact]
    public void Fusion_puts_a_talk_both_rankings_agree_on_first_and_keeps_the_others()
    {
        var program = AiTestKit.Program();
        var (a, b, c) = (program.FindByCode("A4-1")!, program.FindByCode("A4-2")!, program.FindByCode("A4-3")!);

        var fused = HybridTalkSearch.Fuse([new SearchHit(a, 9, "a"), new SearchHit(c, 5, "c")], [(c, 0.9), (b, 0.8)], limit: 5);

        Assert.Equal(["A4-3", "A4-1", "A4-2"], fused.Select(h => h.Talk.Code));
        Assert.Equal("c", fused[0].Snippet);
    }

    [Fact]
    public async Task Vectors_find_a_paraphrase_lexical_search_misses_but_do_not_overturn_a_decline_with_a_weak_match()
    {
        var lexical = new WordOverlapSearch(_programs);
        var hybrid = new HybridTalkSearch(lexical, Index(new HashedEmbeddingGenerator()), Options.Create(Settings), _time);

        // "Stiefel" and "decentralized" meet B3-2 only through the vector side once the lexical side is blinded.
        var blind = new HybridTalkSearch(new EmptySearch(), Index(new HashedEmbeddingGenerator()), Options.Create(Settings), _time);
        var paraphrase = await blind.SearchAsync("decentralized optimization Stiefel manifold communications", 5, CancellationToken.None);
        var unrelated = await hybrid.SearchAsync("where is the conference dinner tonight", 5, CancellationToken.None);

        Assert.Equal("B3-2", paraphrase.First().Talk.Code);
        Assert.Empty(unrelated);
    }

    [Fact]
    public async Task Talks_are_embedded_once_and_a_restart_or_an_unchanged_reload_embeds_nothing()
    {
        var generator = new HashedEmbeddingGenerator();
        var talkCount = _programs.Current.Talks.Count;

        await Index(generator).EnsureIndexedAsync(CancellationToken.None);
        var afterFirst = generator.Calls;
        var restarted = Index(generator);
        await restarted.EnsureIndexedAsync(CancellationToken.None);
        _programs.Replace(AiTestKit.Program()); // a reload with the same content
        await restarted.EnsureIndexedAsync(CancellationToken.None);
        _programs.Replace(AiTestKit.Program(AiTestKit.Talk("C1-1", "A new talk", "Something new entirely.")));
        await restarted.EnsureIndexedAsync(CancellationToken.None);

        Assert.Equal(talkCount, afterFirst);
        Assert.Equal(1, restarted.EmbeddedCount); // only the new talk
        Assert.Equal(afterFirst + 1, generator.Calls);
    }

    [Fact]
    public async Task A_failing_embedding_model_leaves_the_lexical_results()
    {
        var generator = new Mock<IEmbeddingGenerator<string, Embedding<float>>>();
        generator.Setup(g => g.GenerateAsync(It.IsAny<IEnumerable<string>>(), It.IsAny<EmbeddingGenerationOptions?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("embedding server down"));
        var lexical = new WordOverlapSearch(_programs);
        var hybrid = new HybridTalkSearch(lexical, Index(generator.Object), Options.Create(Settings), _time, NullLogger<HybridTalkSearch>.Instance);

        var hits = await hybrid.SearchAsync("proximal point algorithms", 5, CancellationToken.None);

        Assert.Equal(lexical.Search("proximal point algorithms", 5).Select(h => h.Talk.Code), hits.Select(h => h.Talk.Code));
    }

    [Fact]
    public async Task On_the_search_evaluation_set_hybrid_search_is_not_worse_than_lexical()
    {
        var programs = new FixedProgramProvider(AppHarness.Program);
        using var lexical = new LuceneTalkSearch(programs, NullLogger<LuceneTalkSearch>.Instance);
        var questions = SearchEvalSet.Load(Path.Combine(TestPaths.RepoRoot, SearchEvalSet.DefaultRelativePath));

        var (lexicalReport, hybridReport) = await HybridEvalCommand.RunAsync(lexical, programs, HybridEvalCommand.HashedSettings, _time, questions, CancellationToken.None);

        Assert.True(hybridReport.RecallAt5 >= lexicalReport.RecallAt5, $"hybrid recall@5 {hybridReport.RecallAt5:0.000} < lexical {lexicalReport.RecallAt5:0.000}");
        Assert.True(hybridReport.RecallAt5 >= 0.95, $"hybrid recall@5 {hybridReport.RecallAt5:0.000}");
        Assert.True(hybridReport.MrrAt10 >= 0.9, $"hybrid MRR@10 {hybridReport.MrrAt10:0.000}");
        Assert.True(hybridReport.DeclinedCorrectly >= 0.9, $"hybrid declined correctly {hybridReport.DeclinedCorrectly:0.000}");
    }

    private sealed class EmptySearch : ITalkSearch
    {
        public IReadOnlyList<SearchHit> Search(string query, int limit = 5) => [];

        public Assistant.ProgramData.Talk? FindCode(string text) => null;
    }

    public void Dispose() => _database.Dispose();
}
