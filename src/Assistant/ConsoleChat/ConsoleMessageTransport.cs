using Assistant.Conversation;
using Assistant.Messaging;

namespace Assistant.ConsoleChat;

/// <summary>Prints messages the assistant pushes on its own (reminders) between the chat's own lines.</summary>
public sealed class ConsoleMessageTransport(ConsoleOutput output) : IMessageTransport
{
    public Task SendAsync(long chatId, Reply reply, CancellationToken cancellationToken)
    {
        // The console has one chat; a push for another id is a bug upstream, but printing it loses nothing.
        output.Interject(PlainTextRenderer.Render(reply, withButtons: false));
        return Task.CompletedTask;
    }
}
