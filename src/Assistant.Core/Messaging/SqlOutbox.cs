using System.Data.Common;
using Assistant.Storage;
using Dapper;

namespace Assistant.Messaging;

/// <summary>The outbox and delivery log in the assistant's SQLite file (tables from migration 002).</summary>
public sealed class SqlOutbox(ISqlConnectionFactory connections, OutboxSignal signal) : IOutbox
{
    private readonly List<PendingDelivery> _pending = [];
    private bool _committing;

    private const string KeyMatch =
        "chat_id = @ChatId AND kind = @Kind AND talk_id = @TalkId AND lead_minutes = @LeadMinutes " +
        "AND talk_start_at = @TalkStartAt AND variant = @Variant";

    public async Task<int> EnqueueAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken) =>
        messages.Count == 0 ? 0 : await EnqueueCoreAsync(messages, null, cancellationToken);

    public Task<int> EnqueueAsync(
        IReadOnlyCollection<OutboxMessage> messages,
        Func<DbConnection, DbTransaction, CancellationToken, Task> sameTransaction,
        CancellationToken cancellationToken) =>
        EnqueueCoreAsync(messages, sameTransaction, cancellationToken);

    private async Task<int> EnqueueCoreAsync(
        IReadOnlyCollection<OutboxMessage> messages,
        Func<DbConnection, DbTransaction, CancellationToken, Task>? sameTransaction,
        CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = 0;
        foreach (var message in messages)
        {
            // NOT EXISTS keeps a delivered message from coming back; ON CONFLICT keeps a queued one single.
            inserted += await connection.ExecuteAsync(new CommandDefinition(
                $"""
                INSERT INTO outbox (chat_id, kind, talk_id, lead_minutes, talk_start_at, variant,
                                    remind_at, due_at, next_attempt_at, attempts, body, created_at)
                SELECT @ChatId, @Kind, @TalkId, @LeadMinutes, @TalkStartAt, @Variant,
                       @RemindAt, @DueAt, @NextAttemptAt, 0, @Body, @CreatedAt
                WHERE NOT EXISTS (SELECT 1 FROM delivery_log WHERE {KeyMatch})
                ON CONFLICT (chat_id, kind, talk_id, lead_minutes, talk_start_at, variant) DO NOTHING
                """,
                Row.From(message), transaction, cancellationToken: cancellationToken));
        }
        if (sameTransaction is not null) await sameTransaction(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (inserted > 0) signal.Notify();
        return inserted;
    }

    public async Task<IReadOnlyList<OutboxMessage>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            """
            SELECT chat_id AS ChatId, kind AS Kind, talk_id AS TalkId, lead_minutes AS LeadMinutes,
                   talk_start_at AS TalkStartAt, variant AS Variant, remind_at AS RemindAt, due_at AS DueAt,
                   next_attempt_at AS NextAttemptAt, attempts AS Attempts, body AS Body, created_at AS CreatedAt
            FROM outbox
            WHERE next_attempt_at <= @Now
            ORDER BY due_at, chat_id, talk_id
            LIMIT @Limit
            """,
            new { Now = now.ToUnixTimeMilliseconds(), Limit = limit }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToMessage()).ToList();
    }

    public async Task<DateTimeOffset?> NextAttemptAtAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var next = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MIN(next_attempt_at) FROM outbox", cancellationToken: cancellationToken));
        return next is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
    }

    public async Task MarkDeliveredAsync(IReadOnlyCollection<OutboxMessage> messages, DateTimeOffset deliveredAt, CancellationToken cancellationToken)
    {
        if (messages.Count == 0) return;
        // Group commit: sends finishing together share one transaction. The first caller commits for everyone that
        // queued meanwhile, so a delivered message waits at most about two commits to be recorded.
        var pending = new PendingDelivery(messages, deliveredAt);
        bool leader;
        lock (_pending)
        {
            _pending.Add(pending);
            leader = !_committing;
            _committing = true;
        }
        if (leader) await DrainDeliveredAsync();
        await pending.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task DrainDeliveredAsync()
    {
        while (true)
        {
            List<PendingDelivery> batch;
            lock (_pending)
            {
                if (_pending.Count == 0)
                {
                    _committing = false;
                    return;
                }
                batch = [.. _pending];
                _pending.Clear();
            }
            try
            {
                await CommitDeliveredAsync(batch);
                foreach (var item in batch) item.Done.TrySetResult();
            }
            catch (Exception ex)
            {
                foreach (var item in batch) item.Done.TrySetException(ex);
            }
        }
    }

    private async Task CommitDeliveredAsync(IReadOnlyList<PendingDelivery> batch)
    {
        await using var connection = await OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var item in batch)
        {
            foreach (var message in item.Messages)
            {
                var row = Row.From(message) with { DeliveredAt = item.DeliveredAt.ToUnixTimeMilliseconds() };
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO delivery_log (chat_id, kind, talk_id, lead_minutes, talk_start_at, variant, delivered_at)
                    VALUES (@ChatId, @Kind, @TalkId, @LeadMinutes, @TalkStartAt, @Variant, @DeliveredAt)
                    ON CONFLICT (chat_id, kind, talk_id, lead_minutes, talk_start_at, variant) DO NOTHING
                    """, row, transaction));
                await connection.ExecuteAsync(new CommandDefinition($"DELETE FROM outbox WHERE {KeyMatch}", row, transaction));
            }
        }
        await transaction.CommitAsync();
    }

    private sealed record PendingDelivery(IReadOnlyCollection<OutboxMessage> Messages, DateTimeOffset DeliveredAt)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public async Task DeleteAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0) return;
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var message in messages)
            await connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM outbox WHERE {KeyMatch}", Row.From(message), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RetryLaterAsync(IReadOnlyCollection<OutboxMessage> messages, DateTimeOffset nextAttemptAt, bool countAttempt, CancellationToken cancellationToken)
    {
        if (messages.Count == 0) return;
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var message in messages)
            await connection.ExecuteAsync(new CommandDefinition(
                $"UPDATE outbox SET next_attempt_at = @Next, attempts = attempts + @Add WHERE {KeyMatch}",
                new DynamicParameters(Row.From(message)).With(new { Next = nextAttemptAt.ToUnixTimeMilliseconds(), Add = countAttempt ? 1 : 0 }),
                transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<int> DropChatAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM outbox WHERE chat_id = @chatId", new { chatId }, cancellationToken: cancellationToken));
    }

    public async Task<int> DropAsync(long chatId, string kind, string? talkId, int? leadMinutes, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            """
            DELETE FROM outbox WHERE chat_id = @chatId AND kind = @kind
              AND (@talkId IS NULL OR talk_id = @talkId) AND (@leadMinutes IS NULL OR lead_minutes = @leadMinutes)
            """, new { chatId, kind, talkId, leadMinutes }, cancellationToken: cancellationToken));
    }

    public async Task<int> DropForTalkAsync(string kind, string talkId, DateTimeOffset? keepStart, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM outbox WHERE kind = @kind AND talk_id = @talkId AND (@keep IS NULL OR talk_start_at <> @keep)",
            new { kind, talkId, keep = keepStart?.ToUnixTimeMilliseconds() }, cancellationToken: cancellationToken));
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync(cancellationToken);
        // WAL + NORMAL: a commit survives a process crash (what exactly-once needs) without an fsync per message.
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA synchronous = NORMAL", cancellationToken: cancellationToken));
        return connection;
    }

    private sealed record Row
    {
        public long ChatId { get; init; }
        public string Kind { get; init; } = "";
        public string TalkId { get; init; } = "";
        public int LeadMinutes { get; init; }
        public long TalkStartAt { get; init; }
        public string Variant { get; init; } = "";
        public long RemindAt { get; init; }
        public long DueAt { get; init; }
        public long NextAttemptAt { get; init; }
        public int Attempts { get; init; }
        public string? Body { get; init; }
        public long CreatedAt { get; init; }
        public long DeliveredAt { get; init; }

        public static Row From(OutboxMessage m) => new()
        {
            ChatId = m.ChatId, Kind = m.Kind, TalkId = m.TalkId, LeadMinutes = m.LeadMinutes,
            TalkStartAt = m.TalkStart.ToUnixTimeMilliseconds(), Variant = m.Variant,
            RemindAt = m.RemindAt.ToUnixTimeMilliseconds(), DueAt = m.DueAt.ToUnixTimeMilliseconds(),
            NextAttemptAt = m.NextAttemptAt.ToUnixTimeMilliseconds(), Attempts = m.Attempts, Body = m.Body,
            CreatedAt = m.DueAt.ToUnixTimeMilliseconds(),
        };

        public OutboxMessage ToMessage() => new(
            ChatId, Kind, TalkId, LeadMinutes, DateTimeOffset.FromUnixTimeMilliseconds(TalkStartAt), Variant,
            DateTimeOffset.FromUnixTimeMilliseconds(RemindAt), DateTimeOffset.FromUnixTimeMilliseconds(DueAt), Body)
        {
            Attempts = Attempts,
            NextAttemptAt = DateTimeOffset.FromUnixTimeMilliseconds(NextAttemptAt),
        };
    }
}

file static class DynamicParametersExtensions
{
    public static DynamicParameters With(this DynamicParameters parameters, object more)
    {
        parameters.AddDynamicParams(more);
        return parameters;
    }
}
