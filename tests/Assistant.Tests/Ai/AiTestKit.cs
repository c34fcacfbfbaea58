using Assistant.Answers;
using Assistant.Conversation;
using Assistant.ProgramData;
using Assistant.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace Assistant.Tests.Ai;

/// <summary>Hand-built programs, fakes at the edges and a real Kernel over a mocked chat service, for the AI tests.</summary>
internal static class AiTestKit
{
    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public const string A43Abstract =
        "In this talk, we discuss a general model which unifies both balanced and unbalanced optimal transport problems. " +
        "Then we propose two sorts of fast and accurate proximal point algorithms to solve this generalized optimal transport problem: " +
        "one is the Primal proximal point algorithm (Primal PPA), another is the Dual proximal point algorithm (Dual PPA). " +
        "We shall prove the asymptotically superlinear convergence rate of these algorithms under certain assumptions which are satisfied " +
        "in the cases of balanced OT and unbalanced OT with KL divergence by utilizing the concept of metric subregularity. " +
        "We also propose a semismooth Newton method to solve the subproblem, which fully exploits the sparse structure of our problem " +
        "and obtains a quadratic convergence rate with relatively low computational cost. " +
        "We compare our algorithms with gurobi and Sinkhorn algorithm to demonstrate the fast convergence speed with the high accuracy of our algorithms.";

    public static Talk Talk(string code, string title, string @abstract, int minuteOffset = 0, bool abstractIsNoise = false, string? room = null)
    {
        var session = code.Split('-')[0];
        var start = new DateTimeOffset(2026, 12, 12, 2, 0, 0, TimeSpan.Zero).AddMinutes(minuteOffset);
        return new Talk(code, code, title, @abstract, "Speaker " + code, [new Speaker("Speaker " + code, "Univ " + code)],
            session, 1, room ?? "Room " + session, start, start.AddMinutes(30)) { AbstractIsNoise = abstractIsNoise };
    }

    public static ConferenceProgram Program(params Talk[] extra)
    {
        Talk[] talks =
        [
            Talk("A4-1", "Importance Sparsification for Sinkhorn Algorithm",
                "Sinkhorn algorithm has been used pervasively to approximate the solution to optimal transport (OT) problems. " +
                "However, its application in practice is limited due to its high computational complexity. " +
                "We propose a novel importance sparsification method, called Spar-Sink, to approximate regularized OT distances efficiently.", 0),
            Talk("A4-2", "Learning geodesics under spherical WFR metric",
                "We present a framework for learning geodesics under spherical WFR metric. " +
                "A loss based on the KL divergence using the inverse mapping is adopted to overcome the difficulty brought by weight change.", 30),
            Talk("A4-3", "Proximal point methods for computing (un-)balanced Wasserstein distance", A43Abstract, 60),
            Talk("A4-4", "JARFISTETE X5 B IR A H LA", "ARLR A v B S IR ) 22 8 AN RE", 90, abstractIsNoise: true),
            Talk("B3-1", "Algorithmic Design for Wasserstein DRO Based Trustworthy Machine Learning",
                "Wasserstein Distributionally Robust Stochastic Optimization is concerned with finding decisions that perform well on the worst-case distribution. " +
                "In this talk, we focus on Wasserstein distributionally robust support vector machine problems and propose two novel first order algorithms to solve them. " +
                "Our numerical results indicate that the proposed methods are orders of magnitude faster than the state-of-the-art.", 0),
            Talk("B3-2", "Decentralized Optimization Over the Stiefel Manifold",
                "We study the decentralized optimization problem over the Stiefel manifold, which is defined on a connected network of agents. " +
                "This paper proposes a decentralized algorithm, called DESTINY, which only invokes a single round of communications per iteration. " +
                "The global convergence to stationary points is rigorously established.", 30),
            .. extra,
        ];
        var day = new ConferenceDay(1, new DateOnly(2026, 12, 12));
        var sessions = talks.GroupBy(t => t.SessionCode)
            .Select(g => new Session(g.Key, "Session " + g.Key, 1, g.First().Room, g.Min(t => t.Start), g.Max(t => t.End)))
            .ToList();
        return new ConferenceProgram("Test conference", Shanghai, [day], sessions, talks);
    }

    public static ChatContext Chat(string? language = "en") => new(42, 42, language);

    /// <summary>A Kernel whose only chat service is the given mock.</summary>
    public static Kernel Kernel(Mock<IChatCompletionService> chat, Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>? embeddings = null)
    {
        var builder = Microsoft.SemanticKernel.Kernel.CreateBuilder();
        builder.Services.AddSingleton(chat.Object);
        if (embeddings is not null) builder.Services.AddSingleton(embeddings);
        return builder.Build();
    }

    /// <summary>A chat mock that records every history it is sent and answers with <paramref name="reply"/>.</summary>
    public static Mock<IChatCompletionService> ChatReturning(string reply, List<ChatHistory> calls)
    {
        var chat = new Mock<IChatCompletionService>();
        chat.Setup(c => c.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()))
            .Callback((ChatHistory history, PromptExecutionSettings? _, Kernel? _, CancellationToken _) => calls.Add(history))
            .ReturnsAsync([new ChatMessageContent(AuthorRole.Assistant, reply)]);
        return chat;
    }

    public static string PromptsDirectory => Path.Combine(AppContext.BaseDirectory, "prompts");
}

/// <summary>A fixed program.</summary>
internal sealed class FixedProgramProvider(ConferenceProgram program) : IProgramProvider
{
    public ConferenceProgram Current { get; private set; } = program;

    public event EventHandler<ProgramChangedEventArgs>? Changed;

    public void Replace(ConferenceProgram next)
    {
        var previous = Current;
        Current = next;
        Changed?.Invoke(this, new ProgramChangedEventArgs(previous, next));
    }
}

/// <summary>A tiny lexical search: talks sharing at least one content word with the query, by overlap.</summary>
internal sealed class WordOverlapSearch(IProgramProvider programs) : ITalkSearch
{
    private static readonly HashSet<string> Ignored = ["the", "a", "an", "of", "on", "in", "is", "are", "what", "which", "who", "talk", "talks", "about", "for", "and", "to", "there", "any", "does", "do", "say"];

    public IReadOnlyList<SearchHit> Search(string query, int limit = 5)
    {
        var words = Words(query);
        return programs.Current.Talks
            .Select(t => (Talk: t, Score: Words(t.Title + " " + (t.AbstractIsNoise ? "" : t.Abstract)).Intersect(words).Count()))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Talk.Code)
            .Take(limit)
            .Select(x => new SearchHit(x.Talk, x.Score, x.Talk.Title))
            .ToList();
    }

    public Talk? FindCode(string text) => programs.Current.Talks.FirstOrDefault(t => text.Contains(t.Code, StringComparison.OrdinalIgnoreCase));

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant().Split((char[])[' ', ',', '.', '?', '!', '(', ')', ':', '"', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && !Ignored.Contains(w)).ToHashSet();
}

/// <summary>The offline answer service stand-in: says what search found, and records that it was asked.</summary>
internal sealed class RecordingOfflineAnswers(ITalkSearch search) : IAnswerService
{
    public const string Decline = "Nothing in the program matches that.";

    public int Calls { get; private set; }

    public Task<Reply> AnswerAsync(ChatContext chat, string question, CancellationToken cancellationToken)
    {
        Calls++;
        var hits = search.Search(question);
        return Task.FromResult(hits.Count == 0
            ? Reply.Text(Decline)
            : Reply.Text("Search found: " + string.Join(", ", hits.Select(h => h.Talk.Code))));
    }
}
