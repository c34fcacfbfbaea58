using System.Text;
using Assistant.ProgramData;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Assistant.Search;

/// <summary>Short plain-text excerpts: the best-matching passage of the abstract, else its opening (when only the title matched), else the matching speaker line.</summary>
internal static class SnippetBuilder
{
    public const int MaxLength = 200;
    private const int FragmentLength = 150;

    public static string ForQuery(Query query, Talk talk)
    {
        foreach (var (field, text) in Sources(talk))
        {
            var scorer = new QueryScorer(query, field);
            var highlighter = new Highlighter(new SimpleHTMLFormatter("", ""), scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, FragmentLength),
                MaxDocCharsToAnalyze = 20_000,
            };
            string? fragment;
            try
            {
                fragment = highlighter.GetBestFragment(TalkIndex.IndexAnalyzer, field, text);
            }
            catch (InvalidTokenOffsetsException)
            {
                fragment = null;
            }
            if (string.IsNullOrWhiteSpace(fragment))
                continue;
            // Every answer shows the title already: a title-only match gets the abstract's opening, not the title again.
            return field == TalkFields.Title ? Opening(talk) : Clip(fragment, text);
        }
        return Opening(talk);
    }

    /// <summary>The start of the abstract (or the title): for hits found by code or session, where no word matched.</summary>
    public static string Opening(Talk talk)
    {
        if (!talk.AbstractIsNoise && !string.IsNullOrWhiteSpace(talk.Abstract))
            return Clip(Normalize(talk.Abstract), null);
        if (!talk.TitleIsNoise && !string.IsNullOrWhiteSpace(talk.Title))
            return Clip(Normalize(talk.Title), null);
        return $"{talk.Code}, session {talk.SessionCode} (no readable title or abstract)";
    }

    private static IEnumerable<(string Field, string Text)> Sources(Talk talk)
    {
        if (!talk.AbstractIsNoise && !string.IsNullOrWhiteSpace(talk.Abstract))
            yield return (TalkFields.Abstract, Normalize(talk.Abstract));
        if (!talk.TitleIsNoise)
            yield return (TalkFields.Title, Normalize(talk.Title));
        yield return (TalkFields.Speakers, Normalize(TalkIndex.SpeakerText(talk)));
    }

    private static string Clip(string fragment, string? whole)
    {
        var text = Normalize(fragment);
        var lead = whole is not null && !whole.StartsWith(text, StringComparison.Ordinal);
        var tail = whole is not null && !whole.EndsWith(text, StringComparison.Ordinal);
        var room = MaxLength - (lead ? 1 : 0) - 1;
        if (text.Length > room)
        {
            var cut = text.LastIndexOf(' ', room);
            text = text[..(cut > room / 2 ? cut : room)];
            tail = true;
        }
        return (lead ? "…" : "") + text + (tail ? "…" : "");
    }

    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0)
                sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
