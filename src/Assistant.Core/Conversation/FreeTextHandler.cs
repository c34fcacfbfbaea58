using Assistant.Answers;
using Assistant.Search;

namespace Assistant.Conversation;

/// <summary>
/// Text that is not a command: the registered <see cref="IFreeTextIntent"/>s in order (schedule questions,
/// summary requests, ...), then a talk code to its card, then anything else to the answer service.
/// </summary>
public sealed class FreeTextHandler(IEnumerable<IFreeTextIntent> intents, ITalkSearch search, TalkCards cards, IAnswerService answers)
{
    // OrderBy is stable, so intents with the same Order keep their registration order.
    private readonly IReadOnlyList<IFreeTextIntent> _intents = intents.OrderBy(i => i.Order).ToList();

    public async Task<Reply> HandleAsync(ChatContext chat, string text, CancellationToken cancellationToken)
    {
        foreach (var intent in _intents)
            if (await intent.TryHandleAsync(chat, text, cancellationToken) is { } reply) return reply;
        if (search.FindCode(text) is { } talk) return await cards.BuildAsync(chat, talk, cancellationToken);
        return await answers.AnswerAsync(chat, text, cancellationToken);
    }
}
