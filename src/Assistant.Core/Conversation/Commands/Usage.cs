namespace Assistant.Conversation.Commands;

/// <summary>The one-line reply to a command given without (valid) arguments.</summary>
internal static class Usage
{
    public static Reply Of(string usage, string example, string? problem = null) =>
        Reply.Text($"{(problem is null ? "" : problem + " ")}Usage: {usage} (for example {example})");
}
