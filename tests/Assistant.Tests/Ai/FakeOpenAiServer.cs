using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Answers;

namespace Assistant.Tests.Ai;

/// <summary>One request the fake OpenAI server received.</summary>
internal sealed record OpenAiRequest(string Path, string? Authorization, JsonObject Body)
{
    public string Model => (string)Body["model"]!;

    public JsonArray Messages => Body["messages"]!.AsArray();

    public string MessageContent(int index) => Messages[index]!["content"] switch
    {
        JsonValue v => (string)v!,
        JsonArray parts => string.Concat(parts.Select(p => (string?)p!["text"])),
        _ => "",
    };
}

/// <summary>
/// A small OpenAI-compatible HTTP server on 127.0.0.1 (HttpListener): /v1/chat/completions answers with
/// <see cref="ChatReply"/>, /v1/embeddings with hashed bag-of-words vectors. Records every request.
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly ConcurrentQueue<OpenAiRequest> _requests = new();
    private readonly HashedEmbeddingGenerator _embeddings = new(256);

    public FakeOpenAiServer()
    {
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/v1");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseUrl { get; }

    /// <summary>The assistant's reply to a chat request.</summary>
    public Func<OpenAiRequest, string> ChatReply { get; set; } = _ => "ok";

    /// <summary>How long to wait before answering a chat request (to exercise time-outs).</summary>
    public TimeSpan ChatDelay { get; set; } = TimeSpan.Zero;

    public IReadOnlyList<OpenAiRequest> Requests => [.. _requests];

    public IReadOnlyList<OpenAiRequest> ChatRequests => [.. _requests.Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal))];

    public IReadOnlyList<OpenAiRequest> EmbeddingRequests => [.. _requests.Where(r => r.Path.EndsWith("/embeddings", StringComparison.Ordinal))];

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) when (_stop.IsCancellationRequested) { return; }
            catch (HttpListenerException) { return; }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
            var request = new OpenAiRequest(context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body);
            _requests.Enqueue(request);

            JsonObject response;
            if (request.Path == "/v1/chat/completions")
            {
                if (ChatDelay > TimeSpan.Zero) await Task.Delay(ChatDelay, _stop.Token);
                response = new JsonObject
                {
                    ["id"] = "chatcmpl-test",
                    ["object"] = "chat.completion",
                    ["created"] = 1_700_000_000,
                    ["model"] = request.Model,
                    ["choices"] = new JsonArray(new JsonObject
                    {
                        ["index"] = 0,
                        ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = ChatReply(request) },
                        ["finish_reason"] = "stop",
                    }),
                    ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 20, ["total_tokens"] = 120 },
                };
            }
            else if (request.Path == "/v1/embeddings")
            {
                var inputs = body["input"] is JsonArray array ? array.Select(i => (string)i!).ToList() : [(string)body["input"]!];
                var data = new JsonArray();
                for (var i = 0; i < inputs.Count; i++)
                    data.Add(new JsonObject
                    {
                        ["object"] = "embedding",
                        ["index"] = i,
                        ["embedding"] = new JsonArray([.. _embeddings.Embed(inputs[i]).Select(v => (JsonNode)JsonValue.Create(v))]),
                    });
                response = new JsonObject
                {
                    ["object"] = "list",
                    ["data"] = data,
                    ["model"] = request.Model,
                    ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["total_tokens"] = 10 },
                };
            }
            else
            {
                context.Response.StatusCode = 404;
                context.Response.Close();
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(response.ToJsonString());
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
        }
        catch (HttpListenerException)
        {
            // The client gave up (time-out test); nothing to answer.
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        try { await _loop; } catch (Exception) { }
        _stop.Dispose();
    }
}
