using System.Text.RegularExpressions;

namespace Assistant.ProgramData.Book;

/// <summary>A talk code such as <c>A4-2</c>: session letter, session number, talk number.</summary>
public readonly partial record struct TalkCode(char Letter, int Session, int Number) : IComparable<TalkCode>
{
    public string SessionCode => $"{Letter}{Session}";

    public override string ToString() => $"{Letter}{Session}-{Number}";

    public int CompareTo(TalkCode other) =>
        (Letter, Session, Number).CompareTo((other.Letter, other.Session, other.Number));

    public static bool operator <(TalkCode a, TalkCode b) => a.CompareTo(b) < 0;
    public static bool operator >(TalkCode a, TalkCode b) => a.CompareTo(b) > 0;

    public static bool TryParse(string? text, out TalkCode code)
    {
        var match = Clean().Match(text?.Trim() ?? "");
        code = match.Success
            ? new TalkCode(char.ToUpperInvariant(match.Groups[1].Value[0]), int.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value))
            : default;
        return match.Success;
    }

    [GeneratedRegex(@"^([A-Za-z])([0-9]{1,2})-([0-9]{1,2})$")]
    private static partial Regex Clean();
}
