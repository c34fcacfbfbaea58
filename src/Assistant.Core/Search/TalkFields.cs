namespace Assistant.Search;

/// <summary>Names and query-time boosts of the indexed fields.</summary>
internal static class TalkFields
{
    public const string Title = "title";
    public const string Abstract = "abstract";

    /// <summary>The raw speaker line plus the parsed names and affiliations.</summary>
    public const string Speakers = "speakers";

    /// <summary>The session code, lower case, one token ("a4").</summary>
    public const string Session = "session";

    /// <summary>Position of the talk in <c>ConferenceProgram.Talks</c>.</summary>
    public const string Ordinal = "ord";

    /// <summary>Analysed text fields with their boosts: a word in the title or the speakers says more than one in the abstract.</summary>
    public static readonly (string Name, float Boost)[] Text = [(Title, 3f), (Speakers, 3f), (Abstract, 1f)];

    public const float SessionBoost = 2f;

    /// <summary>Typo alternatives weigh less than the words the user actually typed would.</summary>
    public const float FuzzyWeight = 0.5f;
}
