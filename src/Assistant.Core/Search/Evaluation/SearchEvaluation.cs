namespace Assistant.Search.Evaluation;

/// <summary>Runs an evaluation set through any <see cref="ITalkSearch"/> and scores it.</summary>
public static class SearchEvaluation
{
    public const int RecallDepth = 5;
    public const int RankDepth = 10;

    public static SearchEvalReport Run(ITalkSearch search, IReadOnlyList<EvalQuestion> questions)
    {
        var answerable = 0;
        var recalled = 0;
        var reciprocalRanks = 0.0;
        var wronglyDeclined = 0;
        var unanswerable = 0;
        var declined = 0;
        var failures = new List<EvalFailure>();

        foreach (var question in questions)
        {
            var got = search.Search(question.Question, RankDepth).Select(h => h.Talk.Code).ToList();
            if (!question.IsAnswerable)
            {
                unanswerable++;
                if (got.Count == 0)
                    declined++;
                else
                    failures.Add(new EvalFailure(question, got));
                continue;
            }

            answerable++;
            var rank = got.FindIndex(code => question.Expected.Contains(code, StringComparer.OrdinalIgnoreCase)) + 1;
            if (rank > 0)
                reciprocalRanks += 1.0 / rank;
            if (rank is > 0 and <= RecallDepth)
                recalled++;
            else
                failures.Add(new EvalFailure(question, got.Take(RecallDepth).ToList()));
            if (got.Count == 0)
                wronglyDeclined++;
        }

        return new SearchEvalReport(
            Answerable: answerable,
            Unanswerable: unanswerable,
            RecallAt5: Share(recalled, answerable),
            MrrAt10: answerable == 0 ? 0 : reciprocalRanks / answerable,
            DeclinedCorrectly: Share(declined, unanswerable),
            DeclinedWrongly: Share(wronglyDeclined, answerable),
            Failures: failures);
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}

/// <summary>
/// Figures of one evaluation run. <see cref="RecallAt5"/>: share of answerable questions with a right talk in the top 5;
/// <see cref="MrrAt10"/>: mean reciprocal rank of the first right talk in the top 10; <see cref="DeclinedCorrectly"/>:
/// share of unanswerable questions given an empty result; <see cref="DeclinedWrongly"/>: share of answerable ones given one.
/// </summary>
public sealed record SearchEvalReport(
    int Answerable,
    int Unanswerable,
    double RecallAt5,
    double MrrAt10,
    double DeclinedCorrectly,
    double DeclinedWrongly,
    IReadOnlyList<EvalFailure> Failures)
{
    public void WriteTo(TextWriter output)
    {
        output.WriteLine($"questions: {Answerable} answerable, {Unanswerable} unanswerable");
        output.WriteLine($"recall@5:            {RecallAt5:0.000}");
        output.WriteLine($"MRR@10:              {MrrAt10:0.000}");
        output.WriteLine($"declined correctly:  {DeclinedCorrectly:0.000} (unanswerable with an empty result)");
        output.WriteLine($"declined wrongly:    {DeclinedWrongly:0.000} (answerable with an empty result)");
        if (Failures.Count == 0)
            return;
        output.WriteLine($"failures ({Failures.Count}):");
        foreach (var failure in Failures)
        {
            var expected = failure.Question.IsAnswerable ? string.Join(", ", failure.Question.Expected) : "(nothing)";
            var got = failure.Got.Count == 0 ? "(nothing)" : string.Join(", ", failure.Got);
            output.WriteLine($"  [{failure.Question.Kind}] \"{failure.Question.Question}\"  expected: {expected}  got: {got}");
        }
    }
}

/// <summary>A question the search got wrong and what it returned instead (top 5 codes).</summary>
public sealed record EvalFailure(EvalQuestion Question, IReadOnlyList<string> Got);
