using Microsoft.Extensions.Logging;

namespace Assistant.Tests.Ai;

/// <summary>
/// The real Semantic Kernel OpenAI connector, configured as the app configures it, against an OpenAI-compatible
/// server on loopback: requests are well formed, replies reach the user, summaries are cached.
/// </summary>
public sealed class OpenAiConnectorTests : IAsyncLifetime
{
    private readonly FakeOpenAiServer _server = new();
    private AppHarness _app = null!;

    private Dictionary<string, string?> Settings(bool embeddings = false, string timeout = "00:00:20") => new()
    {
        ["Provider"] = "OpenAICompatible",
        ["Endpoint"] = _server.BaseUrl.ToString(),
        ["ChatModel"] = "test-chat-model",
        ["EmbeddingModel"] = embeddings ? "test-embedding-model" : null,
        ["ApiKey"] = "sk-loopback-test",
        ["RequestTimeout"] = timeout,
    };

    public Task InitializeAsync()
    {
        _app = new AppHarness(Settings());
        return _app.Host.StartAsync();
    }

    [Fact]
    public async Task A_question_goes_to_the_model_with_the_retrieved_talks_and_the_answer_cites_only_them()
    {
        _server.ChatReply = _ => "[A4-3] proposes primal and dual proximal point algorithms; see also [Z9-9].";

        var reply = await _app.SayAsync("Is there a talk on proximal point algorithms for unbalanced optimal transport?");

        var request = Assert.Single(_server.ChatRequests);
        Assert.Equal("Bearer sk-loopback-test", request.Authorization);
        Assert.Equal("test-chat-model", request.Model);
        Assert.Equal("system", (string)request.Messages[0]!["role"]!);
        Assert.Equal("user", (string)request.Messages[1]!["role"]!);
        Assert.Contains("\"code\":\"A4-3\"", request.MessageContent(1));
        Assert.Contains("semismooth Newton", request.MessageContent(1));
        Assert.Equal(0.1, (double)request.Body["temperature"]!, 3);
        Assert.Contains("[A4-3] proposes primal and dual proximal point algorithms", reply.PlainText);
        Assert.DoesNotContain("Z9-9", reply.PlainText);
        Assert.Contains(reply.Buttons.SelectMany(r => r), b => b.Data == "card:A4-3");
    }

    [Fact]
    public async Task Summarise_goes_through_the_summarize_prompt_once_and_the_second_request_is_served_from_the_cache()
    {
        _server.ChatReply = _ => "Two fast proximal point algorithms for balanced and unbalanced optimal transport, with superlinear convergence.";

        var first = await _app.SayAsync("summarise A4-3");
        var press = await _app.PressAsync("sum:A4-3");

        var request = Assert.Single(_server.ChatRequests);
        Assert.Contains("short summaries of conference talks", request.MessageContent(0));
        Assert.Contains("PROXIMAL POINT METHODS", request.MessageContent(1), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Two fast proximal point algorithms", first.PlainText);
        Assert.Contains("Written by a language model from the abstract.", first.PlainText);
        Assert.Equal(first.PlainText, press.Reply!.PlainText);
    }

    [Fact]
    public async Task The_cache_survives_a_restart()
    {
        _server.ChatReply = _ => "A cached summary.";
        await _app.SayAsync("summarise A4-3");
        var directory = _app.Directory;
        await _app.Host.StopAsync();
        _app.Host.Dispose();

        using var restarted = new AppHarness(Settings(), directory);
        await restarted.Host.StartAsync();
        var reply = await restarted.SayAsync("summary of A4-3");
        await restarted.Host.StopAsync();

        Assert.Single(_server.ChatRequests);
        Assert.Contains("A cached summary.", reply.PlainText);
    }

    [Fact]
    public async Task A_slow_model_gives_way_to_the_offline_answer()
    {
        await _app.Host.StopAsync();
        _app.Dispose();
        _app = new AppHarness(Settings(timeout: "00:00:01"));
        await _app.Host.StartAsync();
        _server.ChatDelay = TimeSpan.FromSeconds(10);

        var reply = await _app.SayAsync("Is there a talk on proximal point algorithms for unbalanced optimal transport?");

        Assert.Equal("The language model didn't answer in time; here is what the program search found.", reply.Blocks[0].PlainText);
        Assert.Contains("A4-3", reply.PlainText);
    }

    [Fact]
    public async Task With_an_embedding_model_talks_are_embedded_and_questions_use_hybrid_retrieval()
    {
        await _app.Host.StopAsync();
        _app.Dispose();
        _app = new AppHarness(Settings(embeddings: true));
        await _app.Host.StartAsync();
        _server.ChatReply = _ => "[A4-3] is the one.";

        var reply = await _app.SayAsync("Is there a talk on proximal point algorithms for unbalanced optimal transport?");

        var embedding = _server.EmbeddingRequests;
        Assert.Contains(embedding, r => r.Model == "test-embedding-model" && r.Body["input"]!.AsArray().Count > 20);
        Assert.Contains(embedding, r => r.Body["input"]!.ToJsonString().Contains("proximal point algorithms for unbalanced"));
        Assert.Contains("[A4-3] is the one.", reply.PlainText);
    }

    [Fact]
    public async Task The_api_key_never_reaches_a_log_line()
    {
        await _app.Host.StopAsync();
        _app.Dispose();
        var logs = new Telegram.CapturingLoggerProvider();
        _app = new AppHarness(Settings(timeout: "00:00:01"), configure: b => b.Logging.AddProvider(logs).SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Trace));
        await _app.Host.StartAsync();
        _server.ChatDelay = TimeSpan.FromSeconds(10); // the failure path logs too

        await _app.SayAsync("Is there a talk on proximal point algorithms?");
        await _app.SayAsync("summarise A4-3");

        Assert.Contains(logs.Lines, l => l.Contains("Language model enabled") && l.Contains("ApiKey=(set)"));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("sk-loopback-test"));
    }

    public async Task DisposeAsync()
    {
        try { await _app.Host.StopAsync(); } catch (ObjectDisposedException) { }
        _app.Dispose();
        await _server.DisposeAsync();
    }
}
