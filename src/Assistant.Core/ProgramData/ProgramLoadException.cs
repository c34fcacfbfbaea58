namespace Assistant.ProgramData;

/// <summary>A program source is missing or broken; the message reads <c>file:line: problem</c>, one issue per line.</summary>
public sealed class ProgramLoadException : Exception
{
    public ProgramLoadException(IReadOnlyList<ProgramIssue> issues, Exception? inner = null)
        : base(Format(issues), inner) => Issues = issues;

    public ProgramLoadException(ProgramIssue issue, Exception? inner = null) : this([issue], inner)
    {
    }

    public IReadOnlyList<ProgramIssue> Issues { get; }

    private static string Format(IReadOnlyList<ProgramIssue> issues) =>
        issues.Count == 1
            ? issues[0].ToString()
            : $"{issues.Count} problems in the conference program:{Environment.NewLine}" +
              string.Join(Environment.NewLine, issues.Select(i => "  " + i));
}
