using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Assistant.Bench;

/// <summary>
/// Outbox → dispatcher → Telegram.Bot → loopback Bot API, with the rate limits lifted: what the pipeline itself
/// sustains (each message: one HTTP round trip and one SQLite commit of delivery log + outbox delete).
/// Run: dotnet run -c Release --project bench/Assistant.Bench -- --filter *DispatcherThroughput*
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class DispatcherThroughputBenchmarks
{
    private const int Messages = 2000;
    private DispatcherBenchHost _host = null!;
    private int _batch;

    [Params(8, 32)]
    public int Concurrency { get; set; }

    [GlobalSetup]
    public async Task SetupAsync() => _host = await DispatcherBenchHost.StartAsync(1_000_000, 1_000_000, Concurrency);

    [GlobalCleanup]
    public async Task CleanupAsync() => await _host.DisposeAsync();

    [Benchmark(OperationsPerInvoke = Messages, Description = "send one message (2,000 chats per invoke)")]
    public async Task SendAsync()
    {
        var target = _host.Dispatcher.SentCount + Messages;
        await _host.Outbox.EnqueueAsync(DispatcherBenchHost.Messages(Messages, $"b{Interlocked.Increment(ref _batch)}"), CancellationToken.None);
        while (_host.Dispatcher.SentCount < target) await Task.Delay(1);
    }
}
