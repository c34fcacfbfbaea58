using Assistant.ProgramData;
using Assistant.Search;

namespace Assistant.Conversation.Commands;

/// <summary>/talk &lt;code&gt;: a talk's card.</summary>
public sealed class TalkCommand(IProgramProvider programs, ITalkSearch search, TalkCards cards) : IChatCommand
{
    public string Name => "talk";
    public string Description => "Show a talk: /talk A4-1";

    public async Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken)
    {
        var code = arguments.Trim();
        if (code.Length == 0) return Usage.Of("/talk <code>", "/talk A4-1");
        var talk = programs.Current.FindByCode(code) ?? search.FindCode(code);
        if (talk is null)
            return Usage.Of("/talk <code>", "/talk A4-1",
                $"I can't find a talk with the code “{TalkFormatter.Shorten(code, 20)}”. Codes look like A4-1 or P1; /search finds talks by topic.");
        return await cards.BuildAsync(chat, talk, cancellationToken);
    }
}
