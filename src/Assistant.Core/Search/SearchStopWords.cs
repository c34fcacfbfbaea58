using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Util;

namespace Assistant.Search;

/// <summary>Stop sets: Lucene's English list for the index; that list plus question words and chat filler for queries.</summary>
internal static class SearchStopWords
{
    public static CharArraySet Index { get; } = EnglishAnalyzer.DefaultStopSet;

    /// <summary>
    /// What people wrap around a topic when they ask a bot ("who talks about", "is there a talk on",
    /// "tell me about", "what time is"). None of it says which talk is meant, so none of it may count as
    /// evidence that a talk matches (see <see cref="DeclineRule"/>).
    /// </summary>
    public static CharArraySet Query => QuerySet.Value;

    private static readonly Lazy<CharArraySet> QuerySet = new(Build);

    private static readonly string[] Filler =
    [
        // question words and pronouns
        "who", "whom", "whose", "what", "which", "where", "when", "why", "how", "whats", "wheres", "whos",
        "i", "me", "my", "mine", "we", "us", "our", "you", "your", "he", "she", "him", "her", "his", "its", "them",
        "i'm", "i'd", "i've", "i'll", "you're", "we're", "it's", "that's", "there's", "what's", "who's", "where's", "let's",
        "someone", "somebody", "anyone", "anybody", "anything", "something", "everything", "people", "person",
        // auxiliaries and light verbs
        "am", "do", "does", "did", "doing", "done", "can", "could", "would", "should", "shall", "may", "might", "must",
        "have", "has", "had", "been", "being", "were", "get", "gets", "got", "give", "gives", "giving", "gave",
        "don't", "doesn't", "isn't", "aren't", "can't", "won't",
        // conversation
        "tell", "show", "find", "know", "list", "see", "want", "like", "looking", "look", "interested", "please",
        "thanks", "thank", "hi", "hello", "hey", "ok", "okay", "good", "bye", "goodbye", "cheers", "just", "also", "any", "some", "all", "about",
        "here", "from", "other", "else", "one", "ones", "more", "much", "many", "very", "really", "let", "say",
        "explain", "recommend", "suggest", "need", "help", "there",
        "regarding", "related", "relating", "concerning", "around", "covers", "cover", "covering",
        "discuss", "discusses", "discussing", "mention", "mentions", "mentioning",
        // the conference itself
        "talk", "talks", "talking", "lecture", "lectures", "presentation", "presentations", "present", "presents",
        "presenting", "speaker", "speakers", "speak", "speaks", "speaking", "session", "sessions", "paper", "papers",
        "topic", "topics", "subject", "conference", "program", "programme", "schedule", "agenda", "plenary",
        "keynote", "works", "working", "research", "researcher", "researchers", "researching",
        // when and where: the timetable answers those, not the text
        "time", "times", "day", "today", "tomorrow", "tonight", "morning", "afternoon", "evening", "room", "hall",
    ];

    private static CharArraySet Build()
    {
        var set = new CharArraySet(ProgramAnalyzer.Version, EnglishAnalyzer.DefaultStopSet.Count + Filler.Length, ignoreCase: true);
        foreach (var word in EnglishAnalyzer.DefaultStopSet)
            set.Add(word);
        foreach (var word in Filler)
            set.Add(word);
        return set.AsReadOnly();
    }
}
