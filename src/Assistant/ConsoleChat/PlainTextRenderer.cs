using System.Text;
using Assistant.Conversation;

namespace Assistant.ConsoleChat;

/// <summary>Renders a reply for a terminal: text as it is, buttons as numbered choices "[1] Full abstract".</summary>
public static class PlainTextRenderer
{
    public static string Render(Reply reply, bool withButtons = true)
    {
        var text = new StringBuilder(reply.PlainText.TrimEnd());
        if (withButtons)
        {
            var buttons = Buttons(reply);
            if (buttons.Count > 0) text.AppendLine();
            for (var i = 0; i < buttons.Count; i++)
                text.AppendLine().Append($"[{i + 1}] {buttons[i].Label}");
        }
        return text.ToString();
    }

    /// <summary>The buttons in the order they are numbered: row by row, left to right.</summary>
    public static IReadOnlyList<ReplyButton> Buttons(Reply reply) => reply.Buttons.SelectMany(row => row).ToList();

    /// <summary>Writes an attachment into <paramref name="directory"/> under its own (sanitised) name and returns the path.</summary>
    public static string SaveAttachment(FileAttachment attachment, string directory)
    {
        var name = Path.GetFileName(attachment.FileName);
        if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0) name = "attachment.bin";
        var path = Path.GetFullPath(Path.Combine(directory, name));
        File.WriteAllBytes(path, attachment.Content);
        return path;
    }
}
