namespace Assistant.Ai;

/// <summary>Which kind of language-model service the assistant talks to (setting AI:Provider).</summary>
public enum AiProvider
{
    /// <summary>No model: answers and summaries come from search and extraction alone.</summary>
    None,

    /// <summary>api.openai.com with an API key.</summary>
    OpenAI,

    /// <summary>An Azure OpenAI resource, reached through its OpenAI-compatible v1 API (<c>{Endpoint}/openai/v1/</c>).</summary>
    AzureOpenAI,

    /// <summary>Any server that speaks the OpenAI HTTP API (Ollama, vLLM, llama.cpp) at <c>Endpoint</c>.</summary>
    OpenAICompatible,
}
