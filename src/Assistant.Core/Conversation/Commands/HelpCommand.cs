using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Conversation.Commands;

/// <summary>/help: every registered command, including other features' ones.</summary>
/// <remarks>Resolves the engine lazily: the engine is built from the list of commands, this one among them.</remarks>
public sealed class HelpCommand(IServiceProvider services) : IChatCommand
{
    public string Name => "help";
    public string Description => "List the commands";

    public Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken)
    {
        var commands = services.GetRequiredService<IConversation>().MenuCommands;
        var lines = string.Join("\n", commands.Select(c => $"/{c.Name} — {c.Description}"));
        return Task.FromResult(Reply.Of(
            TextBlock.Bold("What I can do"),
            TextBlock.Plain(lines),
            TextBlock.Italic("Or just type: a talk code (A4-1), a topic (“tensor networks”), or “what's on now?”.")));
    }
}
