using Dapper;

namespace Assistant.Storage;

/// <summary><see cref="IBookmarkStore"/> over <see cref="ISqlConnectionFactory"/> in SQL that PostgreSQL also runs.</summary>
public sealed class SqlBookmarkStore(ISqlConnectionFactory connections, TimeProvider time) : IBookmarkStore
{
    public async Task<bool> AddAsync(long chatId, string talkId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(talkId);
        var args = new { ChatId = chatId, TalkId = talkId, Now = time.GetUtcNow().ToUnixTimeMilliseconds(), Lead = IUserStore.DefaultLeadMinutes };
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // A bookmark implies a user: callers normally created one already, but the foreign key must never be the one to say so.
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO users (chat_id, reminder_lead_minutes, is_active, created_at, updated_at)
            VALUES (@ChatId, @Lead, 1, @Now, @Now)
            ON CONFLICT (chat_id) DO NOTHING
            """, args, transaction, cancellationToken: cancellationToken));
        var added = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO bookmarks (chat_id, talk_id, created_at) VALUES (@ChatId, @TalkId, @Now)
            ON CONFLICT (chat_id, talk_id) DO NOTHING
            """, args, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return added > 0;
    }

    public async Task<bool> RemoveAsync(long chatId, string talkId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var removed = await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM bookmarks WHERE chat_id = @ChatId AND talk_id = @TalkId",
            new { ChatId = chatId, TalkId = talkId }, cancellationToken: cancellationToken));
        return removed > 0;
    }

    public async Task<bool> ContainsAsync(long chatId, string talkId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var count = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM bookmarks WHERE chat_id = @ChatId AND talk_id = @TalkId",
            new { ChatId = chatId, TalkId = talkId }, cancellationToken: cancellationToken));
        return count > 0;
    }

    public async Task<IReadOnlyList<string>> ListAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT talk_id FROM bookmarks WHERE chat_id = @ChatId ORDER BY created_at, talk_id",
            new { ChatId = chatId }, cancellationToken: cancellationToken));
        return ids.ToList();
    }

    public async Task<IReadOnlyList<Subscriber>> SubscribersAsync(string talkId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SubscriberRow>(new CommandDefinition(
            """
            SELECT u.chat_id AS ChatId, u.reminder_lead_minutes AS LeadMinutes, u.language_code AS LanguageCode
            FROM bookmarks b JOIN users u ON u.chat_id = b.chat_id
            WHERE b.talk_id = @TalkId AND u.is_active = 1
            ORDER BY u.chat_id
            """, new { TalkId = talkId }, cancellationToken: cancellationToken));
        return rows.Select(r => new Subscriber(r.ChatId, (int)r.LeadMinutes, r.LanguageCode)).ToList();
    }

    public async Task<IReadOnlyList<TalkLead>> DistinctTalkLeadsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TalkLeadRow>(new CommandDefinition(
            """
            SELECT DISTINCT b.talk_id AS TalkId, u.reminder_lead_minutes AS LeadMinutes
            FROM bookmarks b JOIN users u ON u.chat_id = b.chat_id
            WHERE u.is_active = 1 AND u.reminder_lead_minutes > 0
            ORDER BY b.talk_id, u.reminder_lead_minutes
            """, cancellationToken: cancellationToken));
        return rows.Select(r => new TalkLead(r.TalkId, (int)r.LeadMinutes)).ToList();
    }

    private sealed class SubscriberRow
    {
        public long ChatId { get; init; }
        public long LeadMinutes { get; init; }
        public string? LanguageCode { get; init; }
    }

    private sealed class TalkLeadRow
    {
        public string TalkId { get; init; } = "";
        public long LeadMinutes { get; init; }
    }
}
