using Assistant.ProgramData;
using Assistant.Search;
using BenchmarkDotNet.Attributes;

namespace Assistant.Bench.Search;

/// <summary>Time to build the in-memory index of a whole program, as a reload does.</summary>
[Config(typeof(IndexBuildConfig))]
public class SearchIndexBuildBenchmarks
{
    private ConferenceProgram _program = null!;

    [ParamsSource(nameof(Programs))]
    public string Program { get; set; } = "";

    public static IEnumerable<string> Programs => BenchPrograms.All;

    [GlobalSetup]
    public void Setup() => _program = BenchPrograms.Load(Program);

    [Benchmark]
    public int Build()
    {
        var index = TalkIndex.Build(_program);
        index.Release();
        return index.Count;
    }
}
