using Assistant.Messaging;
using Assistant.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.Bench;

/// <summary>Storage + messaging (outbox, dispatcher) against the loopback Bot API, on a temp database and the real clock.</summary>
internal sealed class DispatcherBenchHost : IAsyncDisposable
{
    private readonly string _directory;
    private readonly IHost _host;
    private readonly BotApiTransport _transport;

    private DispatcherBenchHost(IHost host, BotApiTransport transport, string directory)
    {
        _host = host;
        _transport = transport;
        _directory = directory;
    }

    public LoopbackBotApi Api { get; private init; } = null!;
    public IOutbox Outbox => _host.Services.GetRequiredService<IOutbox>();
    public OutboundDispatcher Dispatcher => _host.Services.GetRequiredService<OutboundDispatcher>();

    public static async Task<DispatcherBenchHost> StartAsync(double globalPerSecond, double perChatPerSecond, int concurrency)
    {
        var api = new LoopbackBotApi();
        var transport = new BotApiTransport(api.BaseUrl);
        var directory = Path.Combine(Path.GetTempPath(), "assistant-bench", Guid.NewGuid().ToString("N"));
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = Path.GetTempPath() });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = Path.Combine(directory, "bench.db"),
            ["Dispatcher:GlobalPerSecond"] = globalPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Dispatcher:PerChatPerSecond"] = perChatPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Dispatcher:MaxConcurrentSends"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.Services.AddSingleton<IMessageTransport>(transport);
        builder.Services.AddSingleton<IOutboxComposer, PassThroughComposer>();
        builder.AddStorage();
        builder.AddMessaging();
        var host = builder.Build();
        await host.StartAsync();
        return new DispatcherBenchHost(host, transport, directory) { Api = api };
    }

    /// <summary>One message to each of <paramref name="count"/> distinct chats, due now.</summary>
    public static IReadOnlyList<OutboxMessage> Messages(int count, string batch)
    {
        var now = DateTimeOffset.UtcNow;
        return Enumerable.Range(1, count)
            .Select(chat => new OutboxMessage(chat, PassThroughComposer.Kind, "bench", 0, now, batch, now, now, $"message {batch}"))
            .ToList();
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        _transport.Dispose();
        await Api.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}

/// <summary>Sends a row's body as it is.</summary>
internal sealed class PassThroughComposer : IOutboxComposer
{
    public const string Kind = "bench";

    public IReadOnlyCollection<string> Kinds { get; } = [Kind];

    public ValueTask<OutboxComposition> ComposeAsync(IReadOnlyList<OutboxMessage> group, DateTimeOffset now, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new OutboxComposition(Conversation.Reply.Text(group[0].Body ?? ""), group));
}
