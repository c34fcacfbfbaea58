using Assistant.Summaries;

namespace Assistant.Tests.Summaries;

public sealed class SummaryEvaluationTests
{
    private static string EvalPath => Path.Combine(AppContext.BaseDirectory, "Summaries", "summary-eval.json");

    [Fact]
    public void The_offline_summariser_finds_most_reference_sentences()
    {
        var items = SummaryEvaluation.Load(EvalPath);

        var report = SummaryEvaluation.Run(items);

        Assert.Equal(10, items.Count);
        // Every reference sentence must be a real sentence of its abstract, or the set cannot score anything.
        Assert.All(items, i => Assert.All(i.Expected, e => Assert.Contains(e, SentenceSplitter.Split(i.Abstract))));
        Assert.True(report.Recall >= 0.7, $"sentence recall {report.Recall:0.000} is below 0.7");
        Assert.True(report.Recall > report.LeadRecall, "no better than taking the first sentences");
        Assert.True(report.Precision >= 0.7, $"sentence precision {report.Precision:0.000} is below 0.7");
    }

    [Fact]
    public async Task The_cli_command_prints_recall_and_precision()
    {
        var output = new StringWriter();

        var exit = await new SummaryEvalCommand().RunAsync([EvalPath], output, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("recall", output.ToString());
        Assert.Contains("A4-3", output.ToString());
    }

    [Fact]
    public async Task The_cli_command_finds_its_default_set_from_outside_the_repository_root()
    {
        // The test runs in the build output folder, where the repository-relative default path does not resolve.
        var output = new StringWriter();

        var exit = await new SummaryEvalCommand().RunAsync([], output, CancellationToken.None);

        Assert.Equal(0, exit);
        Assert.Contains("A4-3", output.ToString());
    }

    [Fact]
    public async Task The_cli_command_reports_an_unreadable_set_with_exit_code_2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"summary-eval-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, "{ \"items\": [ {");
        var output = new StringWriter();
        try
        {
            var exit = await new SummaryEvalCommand().RunAsync([path], output, CancellationToken.None);

            Assert.Equal(2, exit);
            Assert.Contains("cannot read", output.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
