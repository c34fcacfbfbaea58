namespace Assistant.Conversation;

/// <summary>A slash command as typed: "/Talk@ConfBot A4-1" is name "talk", arguments "A4-1".</summary>
public readonly record struct CommandText(string Name, string Arguments)
{
    /// <summary>False when the text is not a command at all (does not start with "/").</summary>
    public static bool TryParse(string text, out CommandText command)
    {
        command = default;
        text = text.TrimStart();
        if (!text.StartsWith('/')) return false;
        var end = 1;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        var head = text[1..end];
        var at = head.IndexOf('@');
        if (at >= 0) head = head[..at];
        command = new CommandText(head.ToLowerInvariant(), text[end..].Trim());
        return true;
    }

    /// <summary>Telegram's rule for command names; anything else cannot name a registered command.</summary>
    public bool IsWellFormed => Name.Length is > 0 and <= 32 && Name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');
}
