namespace Assistant.ProgramData.Book;

/// <summary>Pulls the legible Latin-script names and affiliations out of a mostly OCR-garbled speaker line.</summary>
/// <remarks>
/// The book prints "name, affiliation". A comma-separated segment counts as legible when it has at least two
/// words and is readable (<see cref="Legibility"/>); one garbled token such as "Brai" does not make a name.
/// When only the affiliation is legible (C4-1: "754L4&amp;, Michigan State University"), the speaker's name is empty.
/// </remarks>
public static class SpeakerLineParser
{
    public static IReadOnlyList<Speaker> Parse(string speakerLine, Legibility legibility)
    {
        var segments = speakerLine.Split([',', '，', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
            return [];

        bool Legible(string s) => legibility.WordCount(s) >= 2 && legibility.IsReadable(s);
        var affiliation = string.Join(", ", segments.Skip(1).Where(Legible));
        var name = Legible(segments[0]) ? segments[0] : "";
        return name.Length == 0 && affiliation.Length == 0
            ? []
            : [new Speaker(name, affiliation.Length == 0 ? null : affiliation)];
    }
}
