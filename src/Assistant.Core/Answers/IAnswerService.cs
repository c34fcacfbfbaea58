using Assistant.Conversation;

namespace Assistant.Answers;

/// <summary>
/// Answers a free-form question about the program. The offline implementation answers from search
/// alone; a language-model implementation may wrap it and fall back to it.
/// </summary>
public interface IAnswerService
{
    Task<Reply> AnswerAsync(ChatContext chat, string question, CancellationToken cancellationToken);
}
