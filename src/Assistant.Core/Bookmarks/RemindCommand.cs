using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Conversation;
using Assistant.Reminders;
using Assistant.Storage;

namespace Assistant.Bookmarks;

/// <summary>/remind &lt;minutes&gt;: how long before a bookmarked talk the reminder comes (0 = off); without arguments, the setting.</summary>
internal sealed partial class RemindCommand(IUserStore users, BookmarkService service) : IChatCommand
{
    public const int MaxMinutes = 1440;

    public string Name => "remind";

    public string Description => "Minutes of warning before your bookmarked talks: /remind 15 (0 = off)";

    public async Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken)
    {
        var user = await users.GetOrCreateAsync(chat, cancellationToken);
        var old = user.ReminderLeadMinutes;
        if (string.IsNullOrWhiteSpace(arguments))
            return Reply.Of(TextBlock.Plain(Setting(old)), TextBlock.Plain(Usage));

        if (!TryParse(arguments, out var minutes))
            return Reply.Of(TextBlock.Plain($"“{arguments.Trim()}” is not a number of minutes from 0 to {MaxMinutes}."),
                TextBlock.Plain(Usage), TextBlock.Plain(Setting(old)));

        await users.SetLeadTimeAsync(chat.ChatId, minutes, cancellationToken);
        var effect = await service.Planner.LeadTimeChangedAsync(chat.ChatId, old, minutes, cancellationToken);
        // The planner's sentence already says what the new setting means for the bookmarks made; say it once.
        return Reply.Text(string.IsNullOrWhiteSpace(effect) ? Setting(minutes) : effect);
    }

    private static string Usage => $"Usage: /remind <minutes>, from 0 to {MaxMinutes}; /remind 0 turns reminders off.";

    private static string Setting(int minutes) => minutes == 0
        ? "Reminders are off."
        : $"Reminders come {ReminderText.Minutes(minutes)} before each bookmarked talk.";

    /// <summary>"15", "15m", "15 min", "15 minutes".</summary>
    internal static bool TryParse(string text, out int minutes)
    {
        minutes = 0;
        var match = MinutesPattern().Match(text.Trim());
        return match.Success
            && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out minutes)
            && minutes <= MaxMinutes;
    }

    [GeneratedRegex(@"^(\d{1,5})\s*(m|min|mins|minute|minutes)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinutesPattern();
}
