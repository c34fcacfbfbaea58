namespace Assistant.ConsoleChat;

/// <summary>Standard output shared by the chat loop and pushed messages; one lock keeps their lines from interleaving.</summary>
public sealed class ConsoleOutput(TextWriter writer)
{
    private readonly Lock _gate = new();

    public void Write(string text)
    {
        lock (_gate)
        {
            writer.Write(text);
            writer.Flush();
        }
    }

    public void WriteLine(string text = "") => Write(text + Environment.NewLine);
}
