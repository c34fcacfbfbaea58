using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using OpenAI;

namespace Assistant.Ai;

/// <summary>
/// Builds the one Semantic Kernel the assistant uses from <see cref="AiOptions"/>. Its services (chat, and
/// embeddings when configured) are the only place a model is called.
/// </summary>
/// <remarks>
/// Every provider goes through the OpenAI connector: OpenAI itself, any OpenAI-compatible server at
/// <see cref="AiOptions.Endpoint"/>, and Azure OpenAI through its OpenAI-compatible v1 API
/// (<c>{Endpoint}/openai/v1/</c>, model = deployment name), which spares us the Azure connector and its beta dependency.
/// </remarks>
public static class AiKernelFactory
{
    /// <summary>Sent when an OpenAI-compatible server needs no key (Ollama): the client insists on one.</summary>
    internal const string NoKey = "no-key";

    public static Kernel Create(AiOptions options, HttpClient httpClient, ILoggerFactory? loggerFactory = null)
    {
        if (!options.IsEnabled) throw new InvalidOperationException("AI:Provider is None: there is no model to build a kernel for.");
        var client = CreateClient(options, httpClient);

        var builder = Kernel.CreateBuilder();
        if (loggerFactory is not null) builder.Services.AddSingleton(loggerFactory);
        builder.AddOpenAIChatCompletion(options.ChatModelId, client);
        if (options.EmbeddingsEnabled) builder.AddOpenAIEmbeddingGenerator(options.EmbeddingModelId, client);
        return builder.Build();
    }

    /// <summary>The base URL requests go to: the configured endpoint, Azure's v1 path under it, or OpenAI's default.</summary>
    public static Uri? ResolveEndpoint(AiOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Endpoint)) return null;
        var endpoint = options.Endpoint.Trim().TrimEnd('/');
        if (options.Provider == AiProvider.AzureOpenAI && !endpoint.EndsWith("/openai/v1", StringComparison.OrdinalIgnoreCase))
            endpoint += "/openai/v1";
        return new Uri(endpoint + "/");
    }

    private static OpenAIClient CreateClient(AiOptions options, HttpClient httpClient)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Transport = new HttpClientPipelineTransport(httpClient),
            NetworkTimeout = options.RequestTimeout,
            // One attempt: a slow or failing model is answered by the offline fallback, not by waiting for retries.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };
        if (ResolveEndpoint(options) is { } endpoint) clientOptions.Endpoint = endpoint;
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey;
        if (options.Provider == AiProvider.AzureOpenAI) clientOptions.AddPolicy(new AzureApiKeyPolicy(key), PipelinePosition.PerCall);
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions);
    }

    /// <summary>Azure accepts its key as a bearer token on the v1 API; the classic "api-key" header is sent as well.</summary>
    private sealed class AzureApiKeyPolicy(string key) : PipelinePolicy
    {
        public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            message.Request.Headers.Set("api-key", key);
            ProcessNext(message, pipeline, currentIndex);
        }

        public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            message.Request.Headers.Set("api-key", key);
            return ProcessNextAsync(message, pipeline, currentIndex);
        }
    }
}
