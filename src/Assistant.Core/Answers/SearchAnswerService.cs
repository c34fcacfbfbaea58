using Assistant.Ai;
using Assistant.Conversation;
using Assistant.ProgramData;
using Assistant.Search;

namespace Assistant.Answers;

/// <summary>
/// The offline answer: the best matching talks with why they matched, or a clear "nothing matches", worded in the
/// question's language (a Chinese question gets Chinese headings).
/// </summary>
public sealed class SearchAnswerService(ITalkSearch search, IProgramProvider programs) : IAnswerService
{
    public const int Limit = 5;

    public Task<Reply> AnswerAsync(ChatContext chat, string question, CancellationToken cancellationToken) =>
        Task.FromResult(TalkLists.SearchResults(question, search.Search(question, Limit), programs.Current.TimeZone,
            ReplyLanguage.Detect(chat, question)));
}
