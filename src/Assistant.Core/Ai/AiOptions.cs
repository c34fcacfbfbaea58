using System.ComponentModel.DataAnnotations;

namespace Assistant.Ai;

/// <summary>The language-model settings (section "AI"). With <see cref="Provider"/> None the assistant works offline.</summary>
public sealed class AiOptions
{
    public const string SectionName = "AI";

    public AiProvider Provider { get; set; } = AiProvider.None;

    /// <summary>The chat model id ("gpt-4o-mini", "qwen2.5:7b"); for Azure, leave empty and set <see cref="Deployment"/>.</summary>
    public string? ChatModel { get; set; }

    /// <summary>Optional embedding model id; when set, retrieval fuses lexical and vector search. For Azure, the embedding deployment.</summary>
    public string? EmbeddingModel { get; set; }

    /// <summary>Base URL: the OpenAI-compatible server's ("http://localhost:11434/v1"), or the Azure resource's ("https://NAME.openai.azure.com").</summary>
    public string? Endpoint { get; set; }

    /// <summary>The Azure OpenAI chat deployment name.</summary>
    public string? Deployment { get; set; }

    /// <summary>Secret: from the environment (AI__ApiKey) or user secrets, never from a file in the repository. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one model call may take before the offline answer is sent instead.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "AI:RequestTimeout must be between 1 second and 10 minutes.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How many retrieved talks the model sees as context.</summary>
    [Range(1, 20, ErrorMessage = "AI:MaxContextTalks must be between 1 and 20.")]
    public int MaxContextTalks { get; set; } = 6;

    /// <summary>Cosine similarity below which a vector hit is not considered an answer (keeps "nothing found" honest).</summary>
    [Range(-1.0, 1.0, ErrorMessage = "AI:MinSimilarity must be between -1 and 1.")]
    public double MinSimilarity { get; set; } = 0.3;

    /// <summary>Stricter bar for vector hits when the lexical search found nothing: only a close match may overturn "nothing found".</summary>
    [Range(-1.0, 1.0, ErrorMessage = "AI:MinSimilarityAlone must be between -1 and 1.")]
    public double MinSimilarityAlone { get; set; } = 0.5;

    /// <summary>Folder holding answer.yaml, summarize.yaml and summarize-session.yaml; relative paths are tried next to the binary, then in the current directory.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "AI:PromptsDirectory must not be empty.")]
    public string PromptsDirectory { get; set; } = "prompts";

    public bool IsEnabled => Provider != AiProvider.None;

    public bool EmbeddingsEnabled => IsEnabled && !string.IsNullOrWhiteSpace(EmbeddingModel);

    /// <summary>The model id sent with chat requests (for Azure, the deployment name).</summary>
    public string ChatModelId => (Provider == AiProvider.AzureOpenAI ? Deployment : ChatModel) ?? "";

    /// <summary>The model id used for cache keys and embedding requests.</summary>
    public string EmbeddingModelId => EmbeddingModel ?? "";

    /// <summary>Safe to log: the key is never shown.</summary>
    public override string ToString() =>
        $"Provider={Provider}, ChatModel={ChatModelId}, EmbeddingModel={EmbeddingModel ?? "(none)"}, Endpoint={Endpoint ?? "(default)"}, " +
        $"ApiKey={(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "(set)")}, RequestTimeout={RequestTimeout}";
}
