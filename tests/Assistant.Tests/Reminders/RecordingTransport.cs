using System.Collections.Concurrent;
using Assistant.Conversation;
using Assistant.Messaging;

namespace Assistant.Tests.Reminders;

/// <summary>An <see cref="IMessageTransport"/> that records what it delivered; <see cref="Behaviour"/> can fail or stall sends.</summary>
internal sealed class RecordingTransport(TimeProvider time) : IMessageTransport
{
    private readonly ConcurrentDictionary<long, int> _calls = new();
    private int _admitted;

    public ConcurrentQueue<Delivered> Sent { get; } = new();

    /// <summary>(chat, call number for that chat starting at 1) → an exception to throw, or null to deliver.</summary>
    public Func<long, int, Exception?>? Behaviour { get; set; }

    /// <summary>When set, the first this many sends deliver and later ones hang until cancelled (a process stopped mid fan-out).</summary>
    public int? StallAfter { get; set; }

    public async Task SendAsync(long chatId, Reply reply, CancellationToken cancellationToken)
    {
        var call = _calls.AddOrUpdate(chatId, 1, (_, n) => n + 1);
        if (Behaviour?.Invoke(chatId, call) is { } failure) throw failure;
        // Counted on entry, not from Sent: concurrent sends could all pass a check of Sent.Count before any of them
        // enqueued, and deliver more than the limit.
        if (StallAfter is { } limit && Interlocked.Increment(ref _admitted) > limit)
            await Task.Delay(Timeout.Infinite, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        Sent.Enqueue(new Delivered(chatId, reply, time.GetUtcNow()));
    }

    public IReadOnlyList<Delivered> To(long chatId) => Sent.Where(d => d.ChatId == chatId).ToList();
}

internal sealed record Delivered(long ChatId, Reply Reply, DateTimeOffset At)
{
    public string Text => Reply.PlainText;
}
