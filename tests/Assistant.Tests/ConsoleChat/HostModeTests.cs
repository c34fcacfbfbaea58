using System.Text.Json;
using Assistant.ConsoleChat;
using Assistant.Conversation;
using Assistant.Hosting;
using Assistant.ProgramData;
using Assistant.Search;
using Assistant.Tests.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.ConsoleChat;

/// <summary>The real host in console and one-shot mode, with stdin/stdout swapped for strings.</summary>
public sealed class HostModeTests
{
    private static HostApplicationBuilder Builder()
    {
        var builder = Host.CreateApplicationBuilder([]);
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(TestProgram.At(1, 9).AddDays(-30)));
        builder.Services.AddSingleton<IProgramProvider>(new FixedProgram(TestProgram.Build()));
        builder.Services.AddSingleton<ITalkSearch, TinySearch>();
        builder.AddConversation();
        return builder;
    }

    [Fact]
    public async Task Console_mode_answers_each_line_and_ends_with_exit_code_0_at_end_of_input()
    {
        var builder = Builder();
        var stdout = new StringWriter();
        builder.Services.AddSingleton(new ConsoleOutput(stdout));
        builder.Services.AddSingleton(new ConsoleInput(new StringReader("A4-1\nwhat's on now?\n"), IsInteractive: false));
        builder.AddConsoleChat();
        using var host = builder.Build();

        var exit = await host.RunToExitCodeAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exit);
        Assert.Contains("A4-1 Importance Sparsification", stdout.ToString());
        Assert.Contains("The conference has not begun yet", stdout.ToString());
    }

    [Theory]
    [InlineData("Sinkhorn", "A4-1")]
    [InlineData("where can I get lunch?", null)]
    public async Task One_shot_search_json_runs_in_the_host_and_prints_json(string query, string? firstCode)
    {
        var builder = Builder();
        var stdout = new StringWriter();
        builder.Services.AddSingleton(new CliStreams(stdout, new StringWriter()));
        builder.AddOneShot(Invocation.Parse(["search", query, "--json"]));
        using var host = builder.Build();

        var exit = await host.RunToExitCodeAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exit);
        var rows = JsonDocument.Parse(stdout.ToString()).RootElement.EnumerateArray().ToList();
        Assert.Equal(firstCode, rows.FirstOrDefault().ValueKind == JsonValueKind.Undefined ? null : rows[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task One_shot_unknown_verb_exits_with_2()
    {
        var builder = Builder();
        builder.Services.AddSingleton(new CliStreams(new StringWriter(), new StringWriter()));
        builder.AddOneShot(Invocation.Parse(["frobnicate"]));
        using var host = builder.Build();

        Assert.Equal(2, await host.RunToExitCodeAsync().WaitAsync(TimeSpan.FromSeconds(60)));
    }
}
