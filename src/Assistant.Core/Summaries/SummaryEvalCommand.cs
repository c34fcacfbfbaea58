using System.Globalization;
using System.Text.Json;
using Assistant.Hosting;

namespace Assistant.Summaries;

/// <summary><c>eval-summaries [path]</c>: prints the offline summariser's sentence recall and precision on the evaluation set.</summary>
public sealed class SummaryEvalCommand : ICliCommand
{
    public const string DefaultPath = "tests/Assistant.Tests/Summaries/summary-eval.json";

    public string Verb => "eval-summaries";

    public string Usage => $"eval-summaries [path]  score the extractive summariser (default {DefaultPath})";

    public Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var path = arguments.Count > 0 ? arguments[0] : RepositoryFile.Find(DefaultPath);
        if (path is null || !File.Exists(path))
        {
            output.WriteLine($"eval-summaries: evaluation set not found: {path ?? DefaultPath} (run inside the repository, or pass its path).");
            return Task.FromResult(2);
        }
        SummaryEvaluation.Report report;
        try
        {
            report = SummaryEvaluation.Run(SummaryEvaluation.Load(path));
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or IOException or KeyNotFoundException)
        {
            output.WriteLine($"eval-summaries: cannot read {path}: {ex.Message}");
            return Task.FromResult(2);
        }
        output.WriteLine($"evaluation set: {path}");
        var f = CultureInfo.InvariantCulture;
        output.WriteLine("code    chosen  expected  matched  recall  precision");
        foreach (var item in report.Items)
            output.WriteLine(string.Format(f, "{0,-7} {1,6} {2,9} {3,8} {4,7:0.00} {5,10:0.00}", item.Code, item.Chosen, item.Expected, item.Matched, item.Recall, item.Precision));
        output.WriteLine(string.Format(f, "TextRank + cue words:       recall {0:0.000}  precision {1:0.000}  F1 {2:0.000}  ({3} abstracts)", report.Recall, report.Precision, report.F1, report.Items.Count));
        output.WriteLine(string.Format(f, "Lead-k baseline:            recall {0:0.000}  precision {1:0.000}", report.LeadRecall, report.LeadPrecision));
        return Task.FromResult(0);
    }
}
