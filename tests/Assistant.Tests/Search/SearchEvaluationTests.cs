using System.Text;
using Assistant.ProgramData;
using Assistant.Search;
using Assistant.Search.Evaluation;

namespace Assistant.Tests.Search;

public sealed class SearchEvaluationTests
{
    /// <summary>A search with canned answers, so the figures can be worked out by hand.</summary>
    private sealed class CannedSearch(Dictionary<string, string[]> answers) : ITalkSearch
    {
        public IReadOnlyList<SearchHit> Search(string query, int limit = 5) =>
            answers.GetValueOrDefault(query, []).Take(limit)
                .Select(code => new SearchHit(SearchTestProgram.Talk(code, code, ""), 1, "")).ToList();

        public Talk? FindCode(string text) => null;
    }

    [Fact]
    public void Run_computes_recall_mrr_and_decline_shares()
    {
        var search = new CannedSearch(new()
        {
            ["first"] = ["A1-1", "A1-2"],                                      // right at rank 1
            ["third"] = ["B1-1", "B1-2", "A2-1"],                              // right at rank 3
            ["late"] = ["C1-1", "C1-2", "C1-3", "C1-4", "C1-5", "C1-6", "A3-1"], // rank 7: in MRR@10, not recall@5
            ["declined"] = [],                                                 // answerable, wrongly declined
            ["lunch"] = [],                                                    // unanswerable, declined
            ["wifi"] = ["D1-1"],                                               // unanswerable, answered
        });
        EvalQuestion[] questions =
        [
            new("first", ["A1-1"]), new("third", ["A2-1", "Z9-9"]), new("late", ["A3-1"]), new("declined", ["A4-1"]),
            new("lunch", []), new("wifi", []),
        ];

        var report = SearchEvaluation.Run(search, questions);

        Assert.Equal(4, report.Answerable);
        Assert.Equal(2, report.Unanswerable);
        Assert.Equal(0.5, report.RecallAt5, 6);
        Assert.Equal((1 + 1 / 3.0 + 1 / 7.0) / 4, report.MrrAt10, 6);
        Assert.Equal(0.5, report.DeclinedCorrectly, 6);
        Assert.Equal(0.25, report.DeclinedWrongly, 6);
        Assert.Equal(["late", "declined", "wifi"], report.Failures.Select(f => f.Question.Question));
    }

    [Fact]
    public void Parse_reads_questions_expected_codes_and_kinds()
    {
        const string json = """
            {
              "comment": "format note",
              "questions": [
                { "q": "sinkhorn", "expect": ["A4-1"], "kind": "topic" },
                { "q": "where is lunch?", "expect": [], "kind": "unanswerable" }
              ]
            }
            """;

        var questions = SearchEvalSet.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(2, questions.Count);
        Assert.Equal(["A4-1"], questions[0].Expected);
        Assert.True(questions[0].IsAnswerable);
        Assert.False(questions[1].IsAnswerable);
        Assert.Equal("unanswerable", questions[1].Kind);
    }

    [Fact]
    public void Parse_rejects_a_question_without_text()
    {
        var json = """{ "questions": [ { "expect": ["A4-1"] } ] }"""u8.ToArray();

        Assert.Throws<InvalidDataException>(() => SearchEvalSet.Parse(new MemoryStream(json)));
    }

    [Fact]
    public async Task Command_prints_the_figures_and_the_failures()
    {
        var path = Path.Combine(Path.GetTempPath(), $"search-eval-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{ "questions": [ { "q": "first", "expect": ["A1-1"] }, { "q": "wifi", "expect": [] } ] }""");
        try
        {
            var command = new EvalSearchCommand(new CannedSearch(new() { ["first"] = ["A1-1"], ["wifi"] = ["D1-1"] }));
            var output = new StringWriter();

            var exit = await command.RunAsync([path], output, CancellationToken.None);

            Assert.Equal(0, exit);
            var text = output.ToString();
            Assert.Contains("recall@5:            1.000", text);
            Assert.Contains("declined correctly:  0.000", text);
            Assert.Contains("\"wifi\"  expected: (nothing)  got: D1-1", text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Command_reports_an_unreadable_set_instead_of_throwing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"search-eval-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, "{ not json");
        try
        {
            var output = new StringWriter();

            var exit = await new EvalSearchCommand(new CannedSearch([])).RunAsync([path], output, CancellationToken.None);

            Assert.Equal(2, exit);
            Assert.Contains("cannot read", output.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
