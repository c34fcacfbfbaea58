namespace Assistant.ProgramData;

/// <summary>One problem found in a program source, located as <c>file:line[:column]</c> (1-based; line 0 = whole file).</summary>
public sealed record ProgramIssue(string File, int Line, string Problem, int? Column = null)
{
    public override string ToString() =>
        Line <= 0 ? $"{File}: {Problem}"
        : Column is { } column ? $"{File}:{Line}:{column}: {Problem}"
        : $"{File}:{Line}: {Problem}";
}
