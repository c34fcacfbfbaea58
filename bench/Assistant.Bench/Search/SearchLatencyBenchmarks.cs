using Assistant.Search;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;

namespace Assistant.Bench.Search;

/// <summary>Latency of one <see cref="ITalkSearch.Search"/> call for a mix of realistic questions, per program size.</summary>
[Config(typeof(SearchLatencyConfig))]
public class SearchLatencyBenchmarks
{
    private LuceneTalkSearch _search = null!;

    [ParamsSource(nameof(Programs))]
    public string Program { get; set; } = "";

    [Params(
        "optimal transport",
        "who talks about tensor networks?",
        "wasserstien distance",
        "Michigan State University",
        "tell me about A4-1",
        "removing noise from images when there are no clean training examples",
        "where can I get lunch?")]
    public string Query { get; set; } = "";

    public static IEnumerable<string> Programs => BenchPrograms.All;

    [GlobalSetup]
    public void Setup() =>
        _search = new LuceneTalkSearch(new FixedProgramProvider(BenchPrograms.Load(Program)), NullLogger<LuceneTalkSearch>.Instance);

    [GlobalCleanup]
    public void Cleanup() => _search.Dispose();

    [Benchmark]
    public int Search() => _search.Search(Query, 5).Count;
}
