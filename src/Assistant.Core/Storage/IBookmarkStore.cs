namespace Assistant.Storage;

/// <summary>Bookmarks, keyed by the talk's stable id.</summary>
public interface IBookmarkStore
{
    /// <summary>True when the bookmark is new.</summary>
    Task<bool> AddAsync(long chatId, string talkId, CancellationToken cancellationToken);

    /// <summary>True when a bookmark was removed.</summary>
    Task<bool> RemoveAsync(long chatId, string talkId, CancellationToken cancellationToken);

    Task<bool> ContainsAsync(long chatId, string talkId, CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> ListAsync(long chatId, CancellationToken cancellationToken);

    /// <summary>Active users who bookmarked the talk, with their lead time (0 = reminders off).</summary>
    Task<IReadOnlyList<Subscriber>> SubscribersAsync(string talkId, CancellationToken cancellationToken);

    /// <summary>Every distinct (talk, lead time &gt; 0) pair over active users: what the reminder scheduler needs a trigger for.</summary>
    Task<IReadOnlyList<TalkLead>> DistinctTalkLeadsAsync(CancellationToken cancellationToken);
}

public sealed record Subscriber(long ChatId, int LeadMinutes, string? LanguageCode);

public sealed record TalkLead(string TalkId, int LeadMinutes);
