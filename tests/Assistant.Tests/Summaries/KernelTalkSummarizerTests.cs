using Assistant.Ai;
using Assistant.Summaries;
using Assistant.Tests.Ai;
using Assistant.Tests.Storage;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace Assistant.Tests.Summaries;

public sealed class KernelTalkSummarizerTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly List<ChatHistory> _calls = [];
    private readonly PromptLibrary _prompts = PromptLibrary.Load(AiTestKit.PromptsDirectory);

    private KernelTalkSummarizer Summarizer(Mock<IChatCompletionService> chat, string model = "test-model") =>
        new(AiTestKit.Kernel(chat), _prompts, new SummaryCache(_database.NewFactory(), _database.Time),
            Options.Create(new AiOptions { Provider = AiProvider.OpenAICompatible, ChatModel = model, Endpoint = "http://127.0.0.1:1/v1" }), _database.Time);

    private static Assistant.ProgramData.Talk A43 => AiTestKit.Program().FindByCode("A4-3")!;

    [Fact]
    public async Task The_second_request_is_served_from_the_store_even_after_a_restart()
    {
        var chat = AiTestKit.ChatReturning("Two fast proximal point algorithms for optimal transport, with proofs.", _calls);

        var first = await Summarizer(chat).SummarizeTalkAsync(A43, ReplyLanguage.English, CancellationToken.None);
        var second = await Summarizer(chat).SummarizeTalkAsync(A43, ReplyLanguage.English, CancellationToken.None);

        Assert.Single(_calls);
        Assert.Equal(SummarySource.Model, first.Source);
        Assert.Equal(SummarySource.Cache, second.Source);
        Assert.Equal(first.Text, second.Text);
    }

    [Fact]
    public async Task Another_language_model_or_abstract_is_a_new_summary()
    {
        var chat = AiTestKit.ChatReturning("summary", _calls);
        var summarizer = Summarizer(chat);

        await summarizer.SummarizeTalkAsync(A43, ReplyLanguage.English, CancellationToken.None);
        await summarizer.SummarizeTalkAsync(A43, ReplyLanguage.Chinese, CancellationToken.None);
        await Summarizer(chat, model: "other-model").SummarizeTalkAsync(A43, ReplyLanguage.English, CancellationToken.None);
        await summarizer.SummarizeTalkAsync(A43 with { Abstract = A43.Abstract + " We also add experiments." }, ReplyLanguage.English, CancellationToken.None);

        Assert.Equal(4, _calls.Count);
        Assert.Contains("Simplified Chinese", _calls[1][0].Content);
    }

    [Fact]
    public async Task The_talk_reaches_the_model_as_data_only()
    {
        var chat = AiTestKit.ChatReturning("summary", _calls);

        await Summarizer(chat).SummarizeTalkAsync(A43, ReplyLanguage.English, CancellationToken.None);

        var history = Assert.Single(_calls);
        Assert.Equal([AuthorRole.System, AuthorRole.User], history.Select(m => m.Role));
        Assert.DoesNotContain("semismooth", history[0].Content);
        Assert.Contains("semismooth Newton", Answers.KernelAnswerServiceTests.Block(history[1].Content!, "talk"));
    }

    [Fact]
    public async Task A_talk_without_a_readable_abstract_never_reaches_the_model()
    {
        var chat = AiTestKit.ChatReturning("invented", _calls);

        var summary = await Summarizer(chat).SummarizeTalkAsync(AiTestKit.Program().FindByCode("A4-4")!, ReplyLanguage.English, CancellationToken.None);

        Assert.Empty(_calls);
        Assert.Equal(SummarySource.NoAbstract, summary.Source);
    }

    [Fact]
    public async Task A_failing_model_falls_back_to_the_extract_with_a_notice_and_caches_nothing()
    {
        var chat = new Mock<IChatCompletionService>();
        chat.Setup(c => c.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpOperationException("connection refused"));

        var summary = await Summarizer(chat).SummarizeTalkAsync(A43, ReplyLanguage.English, CancellationToken.None);
        var working = AiTestKit.ChatReturning("now it works", _calls);
        var later = await Summarizer(working).SummarizeTalkAsync(A43, ReplyLanguage.English, CancellationToken.None);

        Assert.Equal(SummarySource.Extract, summary.Source);
        Assert.StartsWith("The language model is unavailable", summary.Notice);
        Assert.Equal("now it works", later.Text);
    }

    [Fact]
    public async Task A_session_summary_keeps_one_line_per_session_talk_and_drops_invented_ones()
    {
        var program = AiTestKit.Program();
        var session = program.FindSession("B3")!;
        var talks = program.TalksInSession("B3").ToList();
        var chat = AiTestKit.ChatReturning("B3-1: Fast first-order algorithms for robust SVMs.\nZ9-9: Something invented.\n- B3-2: DESTINY, one communication round per iteration.", _calls);

        var summary = await Summarizer(chat).SummarizeSessionAsync(session, talks, ReplyLanguage.English, CancellationToken.None);
        var again = await Summarizer(chat).SummarizeSessionAsync(session, talks, ReplyLanguage.English, CancellationToken.None);

        Assert.Equal(["B3-1", "B3-2"], summary.Lines.Select(l => l.Talk.Code));
        Assert.Equal("Fast first-order algorithms for robust SVMs.", summary.Lines[0].Text);
        Assert.Equal("DESTINY, one communication round per iteration.", summary.Lines[1].Text);
        Assert.DoesNotContain(summary.Lines, l => l.Text.Contains("invented"));
        Assert.Single(_calls);
        Assert.Equal(SummarySource.Cache, again.Source);
    }

    public void Dispose() => _database.Dispose();
}
