using System.Collections.Concurrent;
using Assistant.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Messaging;

/// <summary>
/// The one sender of messages that are not direct replies: reads due outbox rows, merges one chat's rows for the
/// same instant into one message, paces sends with token buckets (global and per chat), honours 429s, retries
/// transient failures with back-off and stops writing to chats that blocked the bot.
/// </summary>
/// <remarks>
/// Delivery is at-least-once with one narrow duplicate window: a row leaves the outbox only in the transaction that
/// writes its delivery-log row, and that transaction runs right after the transport reports success (and is not
/// cancelled by shutdown). A crash between the transport's success and that commit — one SQLite commit, about a
/// millisecond — is the only way a message goes out twice; a send cancelled by shutdown, whose outcome is unknown,
/// is the other (it is retried on the next start). Nothing is lost: every row is deleted only after a success or
/// a logged decision not to send (obsolete, recipient gone, attempts exhausted).
/// </remarks>
public sealed partial class OutboundDispatcher(
    IOutbox outbox,
    OutboxSignal signal,
    IMessageTransport transport,
    IEnumerable<IOutboxComposer> composers,
    IUserStore users,
    TimeProvider time,
    IOptions<DispatcherOptions> options,
    ILogger<OutboundDispatcher> logger) : BackgroundService
{
    private readonly DispatcherOptions _options = options.Value;
    private readonly Dictionary<string, IOutboxComposer> _composers = composers
        .SelectMany(c => c.Kinds.Select(k => (Kind: k, Composer: c)))
        .ToDictionary(p => p.Kind, p => p.Composer, StringComparer.Ordinal);
    private readonly Dictionary<long, TokenBucket> _chatBuckets = [];
    private readonly ConcurrentDictionary<long, DateTimeOffset> _lastSent = new();
    private TokenBucket? _global;
    private long _globalPausedUntilTicks;

    /// <summary>Messages sent successfully since start (for benchmarks and diagnostics).</summary>
    public long SentCount => Interlocked.Read(ref _sent);
    private long _sent;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        _global = new TokenBucket(_options.GlobalPerSecond, Math.Max(1, Math.Ceiling(_options.GlobalPerSecond / 10)), time.GetUtcNow());
        using var concurrency = new SemaphoreSlim(_options.MaxConcurrentSends);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var pass = await DispatchOnceAsync(concurrency, stoppingToken);
                if (!pass.Sent) await WaitForWorkAsync(pass.WakeAt, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogPassFailed(ex);
                try { await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken); }
                catch (OperationCanceledException) { break; }
            }
        }
    }

    private DateTimeOffset GlobalPausedUntil => new(Interlocked.Read(ref _globalPausedUntilTicks), TimeSpan.Zero);

    private async Task<(bool Sent, DateTimeOffset? WakeAt)> DispatchOnceAsync(SemaphoreSlim concurrency, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        if (now < GlobalPausedUntil) return (false, GlobalPausedUntil);

        var due = await outbox.DueAsync(now, _options.BatchSize, stoppingToken);
        if (due.Count == 0) return (false, null);

        DateTimeOffset? wakeAt = null;
        var sends = new List<Task>();
        foreach (var group in due.GroupBy(m => (m.ChatId, m.Kind, m.RemindAt)))
        {
            if (stoppingToken.IsCancellationRequested) break;
            now = time.GetUtcNow();
            if (now < GlobalPausedUntil) { wakeAt = GlobalPausedUntil; break; }

            var chatBucket = ChatBucket(group.Key.ChatId, now);
            if (!chatBucket.TryTake(now))
            {
                var ready = now + chatBucket.TimeUntilAvailable(now);
                wakeAt = wakeAt is { } w && w < ready ? w : ready;
                continue;
            }

            while (!_global!.TryTake(now))
            {
                await Task.Delay(_global.TimeUntilAvailable(now), time, stoppingToken);
                now = time.GetUtcNow();
            }

            await concurrency.WaitAsync(stoppingToken);
            if (time.GetUtcNow() < GlobalPausedUntil)
            {
                // A send that finished while we waited for a slot hit a global 429.
                concurrency.Release();
                wakeAt = GlobalPausedUntil;
                break;
            }
            var rows = group.ToList();
            sends.Add(Task.Run(async () =>
            {
                try { await SendGroupAsync(rows, stoppingToken); }
                finally { concurrency.Release(); }
            }, CancellationToken.None));
        }

        await Task.WhenAll(sends);
        PruneChatBuckets(time.GetUtcNow());
        return (sends.Count > 0, wakeAt);
    }

    private async Task SendGroupAsync(IReadOnlyList<OutboxMessage> rows, CancellationToken stoppingToken)
    {
        var chatId = rows[0].ChatId;
        var now = time.GetUtcNow();
        if (!_composers.TryGetValue(rows[0].Kind, out var composer))
        {
            LogUnknownKind(rows[0].Kind, rows.Count);
            await outbox.DeleteAsync(rows, CancellationToken.None);
            return;
        }

        var composition = await composer.ComposeAsync(rows, now, stoppingToken);
        var dropped = rows.Except(composition.Included).ToList();
        if (dropped.Count > 0) await outbox.DeleteAsync(dropped, CancellationToken.None);
        if (composition.Reply is null || composition.Included.Count == 0) return;

        try
        {
            await transport.SendAsync(chatId, composition.Reply, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return; // Still queued: the next start sends it.
        }
        catch (RecipientUnavailableException ex)
        {
            await users.MarkInactiveAsync(chatId, CancellationToken.None);
            var droppedCount = await outbox.DropChatAsync(chatId, CancellationToken.None);
            LogRecipientGone(chatId, droppedCount, ex.Message);
            return;
        }
        catch (RateLimitedException ex)
        {
            var after = time.GetUtcNow();
            var until = after + ex.RetryAfter;
            // A chat we have not written to lately cannot have tripped its own limit: the limit hit is the bot's.
            var global = !_lastSent.TryGetValue(chatId, out var last) || after - last >= _options.GlobalRateLimitHeuristic;
            if (global) PauseAll(until);
            await outbox.RetryLaterAsync(composition.Included, until, countAttempt: false, CancellationToken.None);
            LogRateLimited(chatId, ex.RetryAfter, global);
            return;
        }
        catch (Exception ex)
        {
            // TransientSendException, and anything unexpected: back off and retry, up to MaxAttempts.
            var attempts = composition.Included.Max(r => r.Attempts) + 1;
            if (attempts >= _options.MaxAttempts)
            {
                await outbox.DeleteAsync(composition.Included, CancellationToken.None);
                LogGaveUp(ex, chatId, attempts, string.Join("; ", composition.Included));
                return;
            }
            var delay = Backoff(attempts);
            await outbox.RetryLaterAsync(composition.Included, time.GetUtcNow() + delay, countAttempt: true, CancellationToken.None);
            LogRetrying(chatId, attempts, delay, ex.Message);
            return;
        }

        // Sent: record it at once, whatever shutdown says; this commit is the whole duplicate window.
        var sentAt = time.GetUtcNow();
        _lastSent[chatId] = sentAt;
        await outbox.MarkDeliveredAsync(composition.Included, sentAt, CancellationToken.None);
        Interlocked.Increment(ref _sent);
    }

    internal TimeSpan Backoff(int attempts)
    {
        var factor = Math.Pow(2, Math.Max(0, attempts - 1));
        var ticks = Math.Min(_options.RetryMaxDelay.Ticks, _options.RetryBaseDelay.Ticks * factor);
        return TimeSpan.FromTicks((long)ticks);
    }

    private void PauseAll(DateTimeOffset until)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref _globalPausedUntilTicks);
            if (until.UtcTicks <= current) return;
        } while (Interlocked.CompareExchange(ref _globalPausedUntilTicks, until.UtcTicks, current) != current);
    }

    private TokenBucket ChatBucket(long chatId, DateTimeOffset now)
    {
        if (!_chatBuckets.TryGetValue(chatId, out var bucket))
        {
            bucket = new TokenBucket(_options.PerChatPerSecond, 1, now);
            _chatBuckets[chatId] = bucket;
        }
        return bucket;
    }

    private void PruneChatBuckets(DateTimeOffset now)
    {
        // A full bucket holds nothing a fresh one would not: forget it, so memory follows active chats only.
        if (_chatBuckets.Count < 10_000) return;
        foreach (var (chatId, bucket) in _chatBuckets.ToList())
            if (bucket.IsFull(now)) _chatBuckets.Remove(chatId);
        foreach (var (chatId, last) in _lastSent)
            if (now - last > TimeSpan.FromMinutes(1)) _lastSent.TryRemove(chatId, out _);
    }

    private async Task WaitForWorkAsync(DateTimeOffset? wakeHint, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        var wake = now + _options.PollInterval;
        var next = await outbox.NextAttemptAtAsync(stoppingToken);
        if (next is { } n && n > now && n < wake) wake = n;
        else if (next is { } due && due <= now && (wakeHint is null || wakeHint <= now)) return; // due now (a pass was cut short)
        if (wakeHint is { } h && h < wake) wake = h;
        if (GlobalPausedUntil > now && GlobalPausedUntil < wake) wake = GlobalPausedUntil;
        var delay = wake - now;
        if (delay <= TimeSpan.Zero) return;

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var woken = signal.WaitAsync(cts.Token);
        var timer = Task.Delay(delay, time, cts.Token);
        await Task.WhenAny(woken, timer);
        await cts.CancelAsync();
        try { await Task.WhenAll(woken, timer); }
        catch (OperationCanceledException) { }
        stoppingToken.ThrowIfCancellationRequested();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Dispatcher pass failed; retrying in a second")]
    private partial void LogPassFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Error, Message = "No composer for outbox kind {Kind}; dropped {Count} row(s)")]
    private partial void LogUnknownKind(string kind, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat {ChatId} is unavailable ({Reason}): marked inactive, dropped {Dropped} pending message(s)")]
    private partial void LogRecipientGone(long chatId, int dropped, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limited sending to chat {ChatId}: retry after {RetryAfter} (global pause: {Global})")]
    private partial void LogRateLimited(long chatId, TimeSpan retryAfter, bool global);

    [LoggerMessage(Level = LogLevel.Error, Message = "Gave up on chat {ChatId} after {Attempts} attempts: {Messages}")]
    private partial void LogGaveUp(Exception ex, long chatId, int attempts, string messages);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Send to chat {ChatId} failed (attempt {Attempts}); retrying in {Delay}: {Reason}")]
    private partial void LogRetrying(long chatId, int attempts, TimeSpan delay, string reason);
}
