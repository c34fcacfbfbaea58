using System.ComponentModel.DataAnnotations;
using Assistant.Conversation;

namespace Assistant.Reminders;

/// <summary>Who may run organiser commands such as /reload (section "Admins": Telegram user ids).</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admins";

    [Required]
    public List<long> UserIds { get; set; } = [];

    /// <summary>The local console user (UserId 1) is the operator at the keyboard.</summary>
    public bool ConsoleIsAdmin { get; set; } = true;

    public bool IsAdmin(ChatContext chat) =>
        (ConsoleIsAdmin && chat.FrontEnd == "console" && chat.UserId == 1)
        || (chat.FrontEnd != "console" && UserIds.Contains(chat.UserId));
}
