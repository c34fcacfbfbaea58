using Assistant.Ai;
using Assistant.Answers;
using Assistant.Conversation;
using Assistant.ProgramData;
using Assistant.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Assistant.Tests.Ai;

public sealed class PromptLibraryTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "assistant-tests", "prompts-" + Guid.NewGuid().ToString("N"));

    public PromptLibraryTests()
    {
        Directory.CreateDirectory(_directory);
        foreach (var file in Directory.GetFiles(AiTestKit.PromptsDirectory, "*.yaml")) File.Copy(file, Path.Combine(_directory, Path.GetFileName(file)));
    }

    [Fact]
    public void The_shipped_prompts_load_with_their_execution_settings()
    {
        var prompts = PromptLibrary.Load(AiTestKit.PromptsDirectory);

        var answer = prompts[PromptLibrary.Answer];
        var settings = OpenAIPromptExecutionSettings.FromExecutionSettings(answer.ExecutionSettings["default"]);
        Assert.Equal(0.1, settings.Temperature!.Value, 3);
        Assert.Equal(500, settings.MaxTokens);
        Assert.False(answer.AllowDangerouslySetContent);
        Assert.NotNull(prompts[PromptLibrary.Summarize]);
        Assert.NotNull(prompts[PromptLibrary.SummarizeSession]);
    }

    [Fact]
    public void A_missing_prompt_file_is_named()
    {
        File.Delete(Path.Combine(_directory, "summarize.yaml"));

        var error = Assert.Throws<PromptFileException>(() => PromptLibrary.Load(_directory));

        Assert.Contains("'summarize.yaml' is missing", error.Message);
    }

    [Theory]
    [InlineData("name: answer\ntemplate: [unclosed", "malformed")]
    [InlineData("name: answer\ndescription: no template\n", "has no template")]
    [InlineData("name: other\ntemplate: hi {{$talks}}\n", "expected 'answer'")]
    public void A_malformed_prompt_file_is_named(string yaml, string reason)
    {
        File.WriteAllText(Path.Combine(_directory, "answer.yaml"), yaml);

        var error = Assert.Throws<PromptFileException>(() => PromptLibrary.Load(_directory));

        Assert.Contains("'answer.yaml'", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void A_prompt_that_would_let_data_become_instructions_is_refused()
    {
        var path = Path.Combine(_directory, "answer.yaml");
        File.WriteAllText(path, File.ReadAllText(path) + "allow_dangerously_set_content: true\n");

        var error = Assert.Throws<PromptFileException>(() => PromptLibrary.Load(_directory));

        Assert.Contains("allow_dangerously_set_content", error.Message);
    }

    [Fact]
    public void A_prompt_whose_instructions_break_the_chat_xml_is_refused()
    {
        var path = Path.Combine(_directory, "answer.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Use only facts stated in the talks block.", "Use only facts stated in <talks>."));

        var error = Assert.Throws<PromptFileException>(() => PromptLibrary.Load(_directory));

        Assert.Contains("not well-formed chat XML", error.Message);
    }

    [Fact]
    public async Task A_malformed_prompt_file_stops_start_up_with_its_name()
    {
        File.WriteAllText(Path.Combine(_directory, "summarize-session.yaml"), "name: summarize-session\ntemplate: {{$talks}\n  - : :\n");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AI:Provider"] = "OpenAICompatible",
            ["AI:Endpoint"] = "http://127.0.0.1:9/v1",
            ["AI:ChatModel"] = "test-model",
            ["AI:PromptsDirectory"] = _directory,
        });
        var programs = new FixedProgramProvider(AiTestKit.Program());
        builder.Services.AddSingleton<IProgramProvider>(programs);
        builder.Services.AddSingleton<ITalkSearch>(new WordOverlapSearch(programs));
        builder.Services.AddSingleton<IAnswerService>(new RecordingOfflineAnswers(new WordOverlapSearch(programs)));
        builder.AddAnswers();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<PromptFileException>(() => host.StartAsync());

        Assert.Contains("'summarize-session.yaml' is malformed", error.Message);
    }

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
