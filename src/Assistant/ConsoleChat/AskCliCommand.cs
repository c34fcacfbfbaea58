using Assistant.Conversation;
using Assistant.Hosting;

namespace Assistant.ConsoleChat;

/// <summary><c>ask "&lt;question&gt;"</c>: one question through the conversation engine, answered as plain text.</summary>
public sealed class AskCliCommand(IConversation conversation, ConsoleChatOptions options) : ICliCommand
{
    public string Verb => "ask";
    public string Usage => "ask \"<question>\"                answer one question (or a /command) as plain text";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var question = string.Join(' ', arguments).Trim();
        if (question.Length == 0)
        {
            await output.WriteLineAsync("Usage: " + Usage);
            return OneShotRunner.UsageExitCode;
        }
        var reply = await conversation.HandleMessageAsync(new IncomingMessage(ConsoleIdentity.Chat, question), cancellationToken);
        await output.WriteLineAsync(PlainTextRenderer.Render(reply, withButtons: false));
        if (reply.Attachment is { } file)
            await output.WriteLineAsync($"(saved {file.FileName} to {PlainTextRenderer.SaveAttachment(file, options.AttachmentDirectory)})");
        return 0;
    }
}
