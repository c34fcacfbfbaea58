using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Assistant.Bench.Search;

/// <summary>
/// One search per measurement (no batching), so Mean, P95 and P99 are the distribution of single queries as a user
/// meets them, garbage collections included. 100 warm-up queries let tiered JIT reach steady state, as in a
/// long-running bot; 200 measured queries per case keep the whole run to a few minutes.
/// </summary>
internal sealed class SearchLatencyConfig : ManualConfig
{
    public SearchLatencyConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(100)
            .WithIterationCount(200)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("SingleQuery"));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, PercentileColumn.P99, StatisticColumn.Max);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}

/// <summary>A short job for index builds: one process, three warm-ups, ten builds.</summary>
internal sealed class IndexBuildConfig : ManualConfig
{
    public IndexBuildConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("Build"));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
