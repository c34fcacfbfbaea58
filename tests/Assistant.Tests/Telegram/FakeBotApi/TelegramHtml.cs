using System.Net;
using System.Text.RegularExpressions;

namespace Assistant.Tests.Telegram.FakeBotApi;

/// <summary>
/// Checks text the way Telegram's HTML parse mode does, closely enough to catch what Telegram would refuse:
/// unknown or unbalanced tags, a bare '&lt;' or '&amp;', and more than 4,096 characters after parsing.
/// </summary>
public static partial class TelegramHtml
{
    public const int MaxTextLength = 4096;

    private static readonly HashSet<string> Tags =
        ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "a", "span", "tg-spoiler", "tg-emoji", "blockquote"];

    /// <summary>Null when Telegram would accept <paramref name="html"/>, else the reason in Telegram's words.</summary>
    public static string? Problem(string html)
    {
        var open = new Stack<string>();
        var position = 0;
        foreach (Match token in Token().Matches(html))
        {
            if (token.Index != position) return Parse($"unexpected character at byte offset {position}");
            position = token.Index + token.Length;
            if (token.Groups["tag"].Success)
            {
                var name = token.Groups["name"].Value.ToLowerInvariant();
                if (!Tags.Contains(name)) return Parse($"unsupported start tag \"{name}\"");
                if (token.Groups["close"].Success)
                {
                    if (!open.TryPop(out var top) || top != name) return Parse($"unmatched end tag \"{name}\"");
                }
                else
                {
                    open.Push(name);
                }
            }
        }
        if (position != html.Length) return Parse($"unexpected character at byte offset {position}");
        if (open.Count > 0) return Parse($"can't find end tag corresponding to start tag \"{open.Peek()}\"");
        var text = TextLength(html);
        if (text == 0) return "Bad Request: message text is empty";
        return text > MaxTextLength ? "Bad Request: message is too long" : null;
    }

    /// <summary>UTF-16 length of the text once tags are dropped and entities decoded: what Telegram limits.</summary>
    public static int TextLength(string html) => WebUtility.HtmlDecode(AnyTag().Replace(html, "")).Trim().Length;

    private static string Parse(string detail) => $"Bad Request: can't parse entities: {detail}";

    // A tag, a known entity, or a run of ordinary characters; anything else (a bare '<', '>' is allowed, '&') stops the match.
    [GeneratedRegex(@"(?<tag><(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*)?>)|&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);|[^<&]+")]
    private static partial Regex Token();

    [GeneratedRegex("<[^<>]*>")]
    private static partial Regex AnyTag();
}
