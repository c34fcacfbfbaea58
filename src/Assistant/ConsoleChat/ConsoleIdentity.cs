using System.Globalization;
using Assistant.Conversation;

namespace Assistant.ConsoleChat;

/// <summary>The one chat the console speaks as: chat and user 1, in the machine's language.</summary>
public static class ConsoleIdentity
{
    public const long ChatId = 1;

    public static ChatContext Chat { get; } = new(ChatId, UserId: 1, LanguageCode())
    {
        FrontEnd = "console",
    };

    private static string LanguageCode()
    {
        var name = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return string.IsNullOrEmpty(name) || name == "iv" ? "en" : name;
    }
}
