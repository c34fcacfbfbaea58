using System.Text.Json;
using Assistant.ConsoleChat;
using Assistant.Hosting;
using Assistant.Search;
using Assistant.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Assistant.Conversation;

namespace Assistant.Tests.ConsoleChat;

public sealed class OneShotTests
{
    private readonly ServiceProvider _services = TestHost.Services();
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    private async Task<int> Run(params string[] args)
    {
        var invocation = Invocation.Parse(args);
        var commands = new ICliCommand[]
        {
            new AskCliCommand(_services.GetRequiredService<IConversation>(), new ConsoleChatOptions()),
            new SearchCliCommand(_services.GetRequiredService<ITalkSearch>()),
            new StubCli(),
        };
        var runner = new OneShotRunner(invocation, commands, Mock.Of<IHostApplicationLifetime>(), new ProcessExitCode(),
            new CliStreams(_stdout, _stderr), NullLogger<OneShotRunner>.Instance);
        return await runner.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Search_json_prints_the_ranked_talks_as_a_json_array()
    {
        var exit = await Run("search", "Sinkhorn", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(_stdout.ToString());
        var first = json.RootElement.EnumerateArray().First();
        Assert.Equal("A4-1", first.GetProperty("code").GetString());
        Assert.Equal("Importance Sparsification for Sinkhorn Algorithm", first.GetProperty("title").GetString());
        Assert.True(first.GetProperty("score").GetSingle() > 0);
    }

    [Fact]
    public async Task Search_json_prints_an_empty_array_when_nothing_matches()
    {
        var exit = await Run("search", "where can I get lunch?", "--json");

        Assert.Equal(0, exit);
        Assert.Equal("[]", _stdout.ToString().Trim());
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(_stdout.ToString()).RootElement.ValueKind);
    }

    [Fact]
    public async Task Ask_prints_the_reply_as_plain_text()
    {
        var exit = await Run("ask", "A4-1");

        Assert.Equal(0, exit);
        Assert.StartsWith("A4-1 Importance Sparsification", _stdout.ToString());
        Assert.DoesNotContain("[1]", _stdout.ToString());
    }

    [Fact]
    public async Task Other_features_verbs_are_dispatched_with_their_arguments()
    {
        var exit = await Run("--program-starts-in", "2h", "eval-search", "--top", "3");

        Assert.Equal(7, exit);
        Assert.Equal("eval-search got --top 3", _stdout.ToString().Trim());
    }

    [Fact]
    public async Task Help_lists_every_verb()
    {
        var exit = await Run("help");

        Assert.Equal(0, exit);
        foreach (var verb in new[] { "help", "ask", "search", "eval-search" })
            Assert.Contains($"  {verb}", _stdout.ToString());
    }

    [Fact]
    public async Task Help_lines_up_every_description_in_one_column()
    {
        await Run("help");

        var lines = _stdout.ToString().Split(Environment.NewLine);
        var columns = new[] { "this text", "answer one question", "ranked talks", "stub" }
            .Select(d => lines.Single(l => l.Contains(d)))
            .Select(l => (Line: l, Column: l.IndexOf(l.TrimStart().Split("  ", 2)[1].TrimStart(), StringComparison.Ordinal)))
            .ToList();
        Assert.True(columns.All(c => c.Column == columns[0].Column), string.Join("\n", columns.Select(c => c.Line)));
    }

    [Theory]
    [InlineData("ask \"<q>\"     answer it", "ask \"<q>\"", "answer it")]
    [InlineData("eval-search [path]   score search  well", "eval-search [path]", "score search  well")]
    [InlineData("bare", "bare", "")]
    public void SplitUsage_splits_at_the_first_run_of_two_or_more_spaces(string usage, string syntax, string description) =>
        Assert.Equal((syntax, description), OneShotRunner.SplitUsage(usage));

    [Fact]
    public async Task An_unknown_verb_prints_usage_and_exits_with_2()
    {
        var exit = await Run("frobnicate");

        Assert.Equal(2, exit);
        Assert.Contains("Unknown command 'frobnicate'.", _stderr.ToString());
        Assert.Contains("  eval-search", _stderr.ToString());
    }

    private sealed class StubCli : ICliCommand
    {
        public string Verb => "eval-search";
        public string Usage => "eval-search [--top n]   stub";

        public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
        {
            await output.WriteLineAsync($"eval-search got {string.Join(' ', arguments)}");
            return 7;
        }
    }
}
