using Assistant.Conversation;
using Dapper;

namespace Assistant.Storage;

/// <summary><see cref="IUserStore"/> over <see cref="ISqlConnectionFactory"/> in SQL that PostgreSQL also runs.</summary>
public sealed class SqlUserStore(ISqlConnectionFactory connections, TimeProvider time, IEnumerable<IUserDataEraser> erasers) : IUserStore
{
    private const string SelectColumns =
        "chat_id AS ChatId, language_code AS LanguageCode, time_zone_id AS TimeZoneId, " +
        "reminder_lead_minutes AS LeadMinutes, is_active AS IsActive";

    private readonly IReadOnlyList<IUserDataEraser> _erasers = erasers.ToList();

    public async Task<UserProfile> GetOrCreateAsync(ChatContext chat, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        // The client language fills a gap but never overwrites one already stored (it may have been chosen).
        // The update only fires when something changes, so an ordinary message costs no write.
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO users (chat_id, language_code, reminder_lead_minutes, is_active, created_at, updated_at)
            VALUES (@ChatId, @LanguageCode, @Lead, 1, @Now, @Now)
            ON CONFLICT (chat_id) DO UPDATE SET
                is_active = 1,
                inactive_since = NULL,
                language_code = COALESCE(users.language_code, excluded.language_code),
                updated_at = excluded.updated_at
            WHERE users.is_active = 0 OR (users.language_code IS NULL AND excluded.language_code IS NOT NULL)
            """,
            new { chat.ChatId, chat.LanguageCode, Lead = IUserStore.DefaultLeadMinutes, Now = Now() },
            cancellationToken: cancellationToken));
        var row = await connection.QuerySingleAsync<UserRow>(new CommandDefinition(
            $"SELECT {SelectColumns} FROM users WHERE chat_id = @ChatId", new { chat.ChatId }, cancellationToken: cancellationToken));
        return row.ToProfile();
    }

    public async Task<UserProfile?> FindAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            $"SELECT {SelectColumns} FROM users WHERE chat_id = @ChatId", new { ChatId = chatId }, cancellationToken: cancellationToken));
        return row?.ToProfile();
    }

    public async Task SetLeadTimeAsync(long chatId, int minutes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO users (chat_id, reminder_lead_minutes, is_active, created_at, updated_at)
            VALUES (@ChatId, @Minutes, 1, @Now, @Now)
            ON CONFLICT (chat_id) DO UPDATE SET reminder_lead_minutes = excluded.reminder_lead_minutes, updated_at = excluded.updated_at
            """,
            new { ChatId = chatId, Minutes = minutes, Now = Now() }, cancellationToken: cancellationToken));
    }

    public async Task MarkInactiveAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE users SET is_active = 0, inactive_since = @Now, updated_at = @Now WHERE chat_id = @ChatId AND is_active = 1",
            new { ChatId = chatId, Now = Now() }, cancellationToken: cancellationToken));
    }

    public async Task ForgetAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var eraser in _erasers)
            await eraser.EraseAsync(connection, transaction, chatId);
        var args = new { ChatId = chatId };
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM bookmarks WHERE chat_id = @ChatId", args, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM users WHERE chat_id = @ChatId", args, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private sealed class UserRow
    {
        public long ChatId { get; init; }
        public string? LanguageCode { get; init; }
        public string? TimeZoneId { get; init; }
        public long LeadMinutes { get; init; }
        public long IsActive { get; init; }

        public UserProfile ToProfile() => new(ChatId, LanguageCode, TimeZoneId, (int)LeadMinutes, IsActive != 0);
    }
}
