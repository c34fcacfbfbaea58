namespace Assistant.ConsoleChat;

/// <summary>Standard output shared by the chat loop and pushed messages; one lock keeps their lines from interleaving.</summary>
public sealed class ConsoleOutput(TextWriter writer)
{
    public const string PromptText = "> ";

    private readonly Lock _gate = new();
    private bool _awaitingInput;

    public void Write(string text)
    {
        lock (_gate)
        {
            writer.Write(text);
            writer.Flush();
            _awaitingInput = false;
        }
    }

    public void WriteLine(string text = "") => Write(text + Environment.NewLine);

    /// <summary>Shows the prompt and remembers it is showing, so a pushed message can put it back afterwards.</summary>
    public void Prompt()
    {
        lock (_gate)
        {
            writer.Write(PromptText);
            writer.Flush();
            _awaitingInput = true;
        }
    }

    /// <summary>Prints a message the user did not ask for: on its own lines, and with the prompt restored if it was showing.</summary>
    public void Interject(string text)
    {
        lock (_gate)
        {
            var prompted = _awaitingInput;
            writer.Write((prompted ? Environment.NewLine : "") + text + Environment.NewLine + Environment.NewLine);
            if (prompted) writer.Write(PromptText);
            writer.Flush();
        }
    }
}
