using Assistant.Conversation;

namespace Assistant.Storage;

/// <summary>What the assistant keeps about one chat.</summary>
public sealed record UserProfile(
    long ChatId,
    string? LanguageCode,
    string? TimeZoneId,
    int ReminderLeadMinutes,
    bool IsActive);

/// <summary>Users (one per chat). Lead time 0 means reminders are off.</summary>
public interface IUserStore
{
    public const int DefaultLeadMinutes = 10;

    /// <summary>Finds the user, creating them with defaults on first contact; reactivates a user who writes again.</summary>
    Task<UserProfile> GetOrCreateAsync(ChatContext chat, CancellationToken cancellationToken);

    Task<UserProfile?> FindAsync(long chatId, CancellationToken cancellationToken);

    Task SetLeadTimeAsync(long chatId, int minutes, CancellationToken cancellationToken);

    /// <summary>The chat blocked the bot: keep the data, stop sending.</summary>
    Task MarkInactiveAsync(long chatId, CancellationToken cancellationToken);

    /// <summary>Deletes everything stored about the chat: profile, bookmarks, pending outbox messages, delivery log rows.</summary>
    Task ForgetAsync(long chatId, CancellationToken cancellationToken);
}
