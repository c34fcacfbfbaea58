using Assistant.Ai;
using Assistant.Conversation;
using Assistant.Hosting;
using Assistant.ProgramData;
using Assistant.Search;
using Assistant.Summaries;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Assistant.Answers;

public static class AnswersRegistration
{
    /// <summary>The HttpClient name the model connector uses.</summary>
    public const string HttpClientName = "ai";

    /// <summary>
    /// AI options (section "AI"); with a provider configured, the Semantic Kernel, the prompt files and the model-backed
    /// answer and summary services (decorating the offline ones), plus hybrid search when an embedding model is set;
    /// in both modes the summary command, card button, callback and free-text intent, and the eval CLI commands.
    /// Call after AddSearch and AddConversation (with a model it decorates their ITalkSearch and IAnswerService).
    /// </summary>
    public static IHostApplicationBuilder AddAnswers(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AiOptions>()
            .BindConfiguration(AiOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AiOptions>, AiOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<SummaryReplies>();
        services.AddSingleton<IChatCommand, SummaryCommand>();
        services.AddSingleton<ITalkCardButtons, SummaryCardButton>();
        services.AddSingleton<ICallbackAction, SummaryCallbackAction>();
        // "summarise A4-3" must reach the summariser before the engine's code lookup gives the talk card.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFreeTextIntent, SummaryFreeTextIntent>());
        services.AddSingleton<ICliCommand, SummaryEvalCommand>();

        // Which services exist is decided now; the values themselves are validated (with messages) when the host starts.
        var ai = builder.Configuration.GetSection(AiOptions.SectionName).Get<AiOptions>() ?? new AiOptions();
        if (ai.IsEnabled) AddModelServices(services, ai);
        else services.AddSingleton<ITalkSummarizer, OfflineTalkSummarizer>();

        services.AddSingleton<ICliCommand, HybridEvalCommand>();
        return builder;
    }

    private static void AddModelServices(IServiceCollection services, AiOptions ai)
    {
        services.AddHttpClient(HttpClientName, (sp, client) =>
            // The connector enforces AI:RequestTimeout per request; this is only a backstop.
            client.Timeout = sp.GetRequiredService<IOptions<AiOptions>>().Value.RequestTimeout + TimeSpan.FromSeconds(5));
        services.AddSingleton(sp => PromptLibrary.Load(sp.GetRequiredService<IOptions<AiOptions>>().Value.PromptsDirectory));
        services.AddSingleton(sp => AiKernelFactory.Create(
            sp.GetRequiredService<IOptions<AiOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetService<ILoggerFactory>()));
        services.AddHostedService<AiStartupCheck>();

        services.AddSingleton<SummaryCache>();
        services.AddSingleton<ITalkSummarizer, KernelTalkSummarizer>();
        services.Decorate<IAnswerService>(
            (sp, offline) => new KernelAnswerService(
                offline, sp.GetRequiredService<ITalkSearch>(), sp.GetRequiredService<IProgramProvider>(), sp.GetRequiredService<Kernel>(),
                sp.GetRequiredService<PromptLibrary>(), sp.GetRequiredService<IOptions<AiOptions>>(), sp.GetRequiredService<TimeProvider>(),
                sp.GetService<ILogger<KernelAnswerService>>()),
            "Call AddConversation (which registers the offline answer service) before AddAnswers.");

        if (!ai.EmbeddingsEnabled) return;
        services.AddSingleton(sp => sp.GetRequiredService<Kernel>().GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
        services.AddSingleton<EmbeddingCache>();
        services.AddSingleton(sp => new TalkEmbeddingIndex(
            sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(), sp.GetRequiredService<EmbeddingCache>(),
            sp.GetRequiredService<IProgramProvider>(), ai.EmbeddingModelId, sp.GetService<ILogger<TalkEmbeddingIndex>>()));
        services.Decorate<ITalkSearch>(
            (sp, lexical) => new HybridTalkSearch(lexical, sp.GetRequiredService<TalkEmbeddingIndex>(), sp.GetRequiredService<IOptions<AiOptions>>(),
                sp.GetRequiredService<TimeProvider>(), sp.GetService<ILogger<HybridTalkSearch>>()),
            "Call AddSearch before AddAnswers.");
        services.AddHostedService<EmbeddingWarmup>();
    }
}
