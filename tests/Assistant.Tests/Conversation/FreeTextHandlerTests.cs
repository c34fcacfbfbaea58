using Assistant.Answers;
using Assistant.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Tests.Conversation;

/// <summary>The free-text order: intents by ascending Order, then the talk-code lookup, then the answer service.</summary>
public sealed class FreeTextHandlerTests
{
    private readonly List<string> _asked = [];
    private readonly RecordingAnswers _answers = new();

    private FreeTextHandler Handler(params IFreeTextIntent[] intents) =>
        TestHost.Services(configure: services =>
        {
            foreach (var intent in intents) services.AddSingleton(intent);
            services.Replace(ServiceDescriptor.Singleton<IAnswerService>(_answers));
        }).GetRequiredService<FreeTextHandler>();

    private Task<Reply> Handle(FreeTextHandler handler, string text) => handler.HandleAsync(TestHost.Chat, text, CancellationToken.None);

    [Fact]
    public async Task The_intent_with_the_lower_order_wins_whatever_the_registration_order()
    {
        var handler = Handler(new FakeIntent("late", 300, "late reply", _asked), new FakeIntent("early", 250, "early reply", _asked));

        var reply = await Handle(handler, "anything at all");

        Assert.Equal("early reply", reply.PlainText);
        Assert.Equal(["early"], _asked);
    }

    [Fact]
    public async Task An_intent_that_returns_null_falls_through_to_the_next()
    {
        var handler = Handler(new FakeIntent("second", 260, "second reply", _asked), new FakeIntent("first", 250, null, _asked));

        var reply = await Handle(handler, "anything at all");

        Assert.Equal("second reply", reply.PlainText);
        Assert.Equal(["first", "second"], _asked);
    }

    [Fact]
    public async Task Intents_are_asked_before_the_talk_code_lookup()
    {
        var handler = Handler(new FakeIntent("claims", 250, "intent reply", _asked));

        var reply = await Handle(handler, "tell me about A4-1");

        Assert.Equal("intent reply", reply.PlainText);
    }

    [Fact]
    public async Task When_no_intent_takes_the_text_a_talk_code_gets_its_card()
    {
        var handler = Handler(new FakeIntent("declines", 250, null, _asked));

        var reply = await Handle(handler, "tell me about A4-1");

        Assert.StartsWith("A4-1 Importance", reply.PlainText);
        Assert.Equal(["declines"], _asked);
        Assert.Empty(_answers.Questions);
    }

    [Fact]
    public async Task The_answer_service_comes_last_after_every_intent_declined()
    {
        var handler = Handler(new FakeIntent("one", 250, null, _asked), new FakeIntent("two", 260, null, _asked));

        var reply = await Handle(handler, "who works on tensor networks?");

        Assert.Equal("answered", reply.PlainText);
        Assert.Equal(["one", "two"], _asked);
        Assert.Equal(["who works on tensor networks?"], _answers.Questions);
    }

    [Fact]
    public async Task The_schedule_intent_comes_before_a_feature_intent_and_still_answers_time_questions()
    {
        var handler = Handler(new FakeIntent("feature", 200, "feature reply", _asked));

        var reply = await Handle(handler, "what's on now?");

        Assert.NotEqual("feature reply", reply.PlainText);
        Assert.Empty(_asked);
    }

    private sealed class FakeIntent(string name, int order, string? replyText, List<string> asked) : IFreeTextIntent
    {
        public int Order => order;

        public Task<Reply?> TryHandleAsync(ChatContext chat, string text, CancellationToken cancellationToken)
        {
            asked.Add(name);
            return Task.FromResult(replyText is null ? null : Reply.Text(replyText));
        }
    }

    private sealed class RecordingAnswers : IAnswerService
    {
        public List<string> Questions { get; } = [];

        public Task<Reply> AnswerAsync(ChatContext chat, string question, CancellationToken cancellationToken)
        {
            Questions.Add(question);
            return Task.FromResult(Reply.Text("answered"));
        }
    }
}
