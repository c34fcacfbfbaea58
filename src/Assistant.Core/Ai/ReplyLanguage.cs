using Assistant.Conversation;

namespace Assistant.Ai;

/// <summary>The language a reply is written in: <see cref="Code"/> for caches and labels, <see cref="PromptName"/> for the model.</summary>
public sealed record ReplyLanguage(string Code, string PromptName)
{
    public static readonly ReplyLanguage English = new("en", "English");
    public static readonly ReplyLanguage Chinese = new("zh", "Simplified Chinese (简体中文)");

    public bool IsChinese => Code == "zh";

    /// <summary>
    /// Chinese when the text has CJK characters; English when it has Latin words; otherwise (a bare "/summary A4-3")
    /// the client's language. Only English and Chinese are distinguished; other client languages get English.
    /// </summary>
    public static ReplyLanguage Detect(ChatContext chat, string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            if (text.Any(IsCjk)) return Chinese;
            if (CountLatinWords(text) >= 2) return English;
        }
        return chat.LanguageCode is { } code && code.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;
    }

    internal static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\u3000' and <= '\u303F';

    // Words of 2+ letters that are not a talk code: "summarise A4-3" counts 1, so the client's language decides.
    private static int CountLatinWords(string text) =>
        text.Split((char[])[' ', '\t', '\n', ',', '.', '?', '!'], StringSplitOptions.RemoveEmptyEntries)
            .Count(w => w.Length >= 2 && w.All(char.IsAsciiLetter));
}
