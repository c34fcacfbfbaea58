using Assistant.Ai;
using Assistant.ProgramData;
using Assistant.Search;

namespace Assistant.Conversation.Commands;

/// <summary>/search &lt;words&gt;: ranked talks, whatever answer service is configured.</summary>
public sealed class SearchCommand(IProgramProvider programs, ITalkSearch search) : IChatCommand
{
    public const int Limit = 5;

    public string Name => "search";
    public string Description => "Find talks by topic, title or speaker: /search optimal transport";

    public Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken)
    {
        var words = arguments.Trim();
        if (words.Length == 0) return Task.FromResult(Usage.Of("/search <words>", "/search optimal transport"));
        return Task.FromResult(TalkLists.SearchResults(words, search.Search(words, Limit), programs.Current.TimeZone,
            ReplyLanguage.Detect(chat, words)));
    }
}
