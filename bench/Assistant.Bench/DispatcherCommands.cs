using System.Diagnostics;
using System.Globalization;

namespace Assistant.Bench;

/// <summary>
/// Plain measured commands (not BenchmarkDotNet: they measure a rate over wall-clock time):
/// <c>rate [seconds] [perSecond]</c> — how closely the dispatcher holds its configured global rate;
/// <c>throughput [messages] [concurrency]</c> — messages per second with the limits lifted.
/// </summary>
internal static class DispatcherCommands
{
    public static async Task<int> RateAsync(string[] args)
    {
        var seconds = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var perSecond = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        await using var host = await DispatcherBenchHost.StartAsync(perSecond, 1, 8);
        // More than the window can carry, one per chat so only the global limit applies.
        await host.Outbox.EnqueueAsync(DispatcherBenchHost.Messages((int)(perSecond * seconds * 2), "rate"), CancellationToken.None);
        // Start the window after the first second of sending: the bucket's burst and the sends already in flight
        // when the first one completes would otherwise count as rate (about +9 messages, +3% over 10 s).
        while (host.Dispatcher.SentCount < perSecond) await Task.Delay(1);
        var start = host.Dispatcher.SentCount;
        var stopwatch = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        var sent = host.Dispatcher.SentCount - start;
        var elapsed = stopwatch.Elapsed.TotalSeconds;
        var rate = sent / elapsed;
        var deviation = Math.Round((rate / perSecond - 1) * 100, 1) + 0.0; // + 0.0 turns -0.0 into 0.0
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"configured {perSecond}/s: sent {sent} in {elapsed:0.000} s = {rate:0.00}/s ({(deviation >= 0 ? "+" : "")}{deviation:0.0}%)"));
        return 0;
    }

    public static async Task<int> ThroughputAsync(string[] args)
    {
        var messages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20_000;
        var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
        await using var host = await DispatcherBenchHost.StartAsync(1_000_000, 1_000_000, concurrency);
        await host.Outbox.EnqueueAsync(DispatcherBenchHost.Messages(500, "warm-up"), CancellationToken.None);
        while (host.Dispatcher.SentCount < 500) await Task.Delay(1);

        var rows = DispatcherBenchHost.Messages(messages, "measure");
        await host.Outbox.EnqueueAsync(rows, CancellationToken.None);
        var stopwatch = Stopwatch.StartNew();
        while (host.Dispatcher.SentCount < 500 + messages) await Task.Delay(1);
        var elapsed = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"limits lifted, {concurrency} concurrent: {messages} messages in {elapsed:0.000} s = {messages / elapsed:0}/s (Bot API requests: {host.Api.Requests})"));
        return 0;
    }
}
