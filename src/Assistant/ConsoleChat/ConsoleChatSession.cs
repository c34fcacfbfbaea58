using Assistant.Conversation;

namespace Assistant.ConsoleChat;

/// <summary>
/// The read-answer loop: each line goes to the engine, a bare number presses that button of the last reply,
/// and the loop ends at end of input.
/// </summary>
public sealed class ConsoleChatSession(IConversation conversation, ConsoleOutput output, ConsoleChatOptions options)
{
    private IReadOnlyList<ReplyButton> _buttons = [];

    public async Task RunAsync(TextReader input, bool interactive, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive) output.Prompt();
            // Console.In blocks; reading on the thread pool lets Ctrl+C (cancellation) end the loop anyway.
            var line = await Task.Run(input.ReadLine, CancellationToken.None).WaitAsync(cancellationToken);
            if (line is null) return;
            if (string.IsNullOrWhiteSpace(line)) continue;
            await HandleLineAsync(line.Trim(), cancellationToken);
        }
    }

    public async Task HandleLineAsync(string line, CancellationToken cancellationToken)
    {
        if (int.TryParse(line, out var number) && _buttons.Count > 0)
        {
            if (number < 1 || number > _buttons.Count)
            {
                output.WriteLine($"There is no button {number}: choose 1 to {_buttons.Count}.");
                output.WriteLine();
                return;
            }
            var outcome = await conversation.HandleCallbackAsync(new IncomingCallback(ConsoleIdentity.Chat, _buttons[number - 1].Data), cancellationToken);
            if (outcome.Notice is { } notice) output.WriteLine($"({notice})");
            if (outcome.Reply is { } pressed) Show(pressed);
            else output.WriteLine();
            return;
        }
        Show(await conversation.HandleMessageAsync(new IncomingMessage(ConsoleIdentity.Chat, line), cancellationToken));
    }

    private void Show(Reply reply)
    {
        _buttons = PlainTextRenderer.Buttons(reply);
        var text = PlainTextRenderer.Render(reply);
        if (reply.Attachment is { } file)
            text += $"{Environment.NewLine}(saved {file.FileName} to {PlainTextRenderer.SaveAttachment(file, options.AttachmentDirectory)})";
        output.WriteLine(text);
        output.WriteLine();
    }
}

/// <summary>Where the console chat puts files it receives (the current directory unless a test says otherwise).</summary>
public sealed class ConsoleChatOptions
{
    public string AttachmentDirectory { get; init; } = Directory.GetCurrentDirectory();
}
