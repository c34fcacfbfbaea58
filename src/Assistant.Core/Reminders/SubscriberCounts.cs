using Assistant.Storage;
using Dapper;

namespace Assistant.Reminders;

/// <summary>Subscribers per (talk, lead time &gt; 0) over active users, in one query: what a reconcile sizes fan-outs with.</summary>
public interface ISubscriberCounts
{
    Task<IReadOnlyList<TalkLeadCount>> CountAsync(CancellationToken cancellationToken);
}

public sealed record TalkLeadCount(string TalkId, int LeadMinutes, int Subscribers);

/// <summary>
/// Reads the bookmarks and users tables of migration 001 directly: one grouped query instead of one
/// <see cref="IBookmarkStore.SubscribersAsync"/> call per talk (10,000 talks: seconds saved on every reconcile).
/// </summary>
internal sealed class SqlSubscriberCounts(ISqlConnectionFactory connections) : ISubscriberCounts
{
    public async Task<IReadOnlyList<TalkLeadCount>> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string TalkId, long LeadMinutes, long Subscribers)>(new CommandDefinition(
            """
            SELECT b.talk_id, u.reminder_lead_minutes, COUNT(*)
            FROM bookmarks b JOIN users u ON u.chat_id = b.chat_id
            WHERE u.is_active = 1 AND u.reminder_lead_minutes > 0
            GROUP BY b.talk_id, u.reminder_lead_minutes
            """, cancellationToken: cancellationToken));
        return rows.Select(r => new TalkLeadCount(r.TalkId, (int)r.LeadMinutes, (int)r.Subscribers)).ToList();
    }
}
