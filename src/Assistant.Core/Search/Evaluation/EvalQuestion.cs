namespace Assistant.Search.Evaluation;

/// <summary>One evaluation question and the talk codes that count as a right answer; no codes means the program has no answer.</summary>
public sealed record EvalQuestion(string Question, IReadOnlyList<string> Expected, string Kind = "")
{
    public bool IsAnswerable => Expected.Count > 0;
}
