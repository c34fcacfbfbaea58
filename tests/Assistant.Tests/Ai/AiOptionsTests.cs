using Assistant.Ai;
using Assistant.Answers;
using Assistant.ProgramData;
using Assistant.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Assistant.Tests.Ai;

public sealed class AiOptionsTests
{
    [Theory]
    [InlineData(AiProvider.OpenAICompatible, null, "qwen", null, null, "AI:Endpoint (e.g. http://localhost:11434/v1) is required when AI:Provider is OpenAICompatible.")]
    [InlineData(AiProvider.OpenAICompatible, "http://localhost:11434/v1", null, null, null, "AI:ChatModel is required when AI:Provider is OpenAICompatible.")]
    [InlineData(AiProvider.OpenAICompatible, "localhost:11434", "qwen", null, null, "AI:Endpoint 'localhost:11434' is not an absolute http(s) URL.")]
    [InlineData(AiProvider.OpenAI, null, "gpt-4o-mini", null, null, "AI:ApiKey (set the environment variable AI__ApiKey or a user secret) is required when AI:Provider is OpenAI.")]
    [InlineData(AiProvider.AzureOpenAI, "https://x.openai.azure.com", null, null, "key", "AI:Deployment is required when AI:Provider is AzureOpenAI.")]
    public void Validation_names_the_missing_setting(AiProvider provider, string? endpoint, string? model, string? deployment, string? key, string message)
    {
        var options = new AiOptions { Provider = provider, Endpoint = endpoint, ChatModel = model, Deployment = deployment, ApiKey = key };

        var result = new AiOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(message, result.Failures!);
    }

    [Fact]
    public void No_provider_needs_nothing_and_is_the_default()
    {
        Assert.Equal(AiProvider.None, new AiOptions().Provider);
        Assert.True(new AiOptionsValidator().Validate(null, new AiOptions()).Succeeded);
    }

    [Fact]
    public void ToString_never_shows_the_key()
    {
        var text = new AiOptions { Provider = AiProvider.OpenAI, ChatModel = "gpt-4o-mini", ApiKey = "sk-secret-123" }.ToString();

        Assert.DoesNotContain("sk-secret-123", text);
        Assert.Contains("ApiKey=(set)", text);
    }

    [Fact]
    public void Azure_goes_to_the_v1_api_under_the_resource_endpoint()
    {
        var options = new AiOptions { Provider = AiProvider.AzureOpenAI, Endpoint = "https://name.openai.azure.com/", Deployment = "gpt4o" };

        Assert.Equal("https://name.openai.azure.com/openai/v1/", AiKernelFactory.ResolveEndpoint(options)!.ToString());
        Assert.Equal("gpt4o", options.ChatModelId);
    }

    [Fact]
    public async Task A_bad_ai_section_stops_start_up_with_a_message_naming_the_setting()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["AI:Provider"] = "OpenAICompatible", ["AI:ChatModel"] = "qwen" });
        var programs = new FixedProgramProvider(AiTestKit.Program());
        builder.Services.AddSingleton<IProgramProvider>(programs);
        builder.Services.AddSingleton<ITalkSearch>(new WordOverlapSearch(programs));
        builder.Services.AddSingleton<IAnswerService>(new RecordingOfflineAnswers(new WordOverlapSearch(programs)));
        builder.AddAnswers();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("AI:Endpoint", error.Message);
    }
}
