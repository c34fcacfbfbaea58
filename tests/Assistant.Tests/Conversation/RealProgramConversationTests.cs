using System.Text;
using Assistant.Conversation;
using Assistant.ProgramData;
using Assistant.Search;
using Assistant.Tests.ProgramData;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Conversation;

/// <summary>The engine over the shipped program and the real Lucene search: the "done when" inputs.</summary>
public sealed class RealProgramConversationTests
{
    // The shipped program is in 2027; this is "today" as the tests were written.
    private static readonly DateTimeOffset BeforeTheConference = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);

    private static IConversation Engine(DateTimeOffset now)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(now));
        var programs = new FixedProgram(RealProgram.Program);
        builder.Services.AddSingleton<IProgramProvider>(programs);
        builder.Services.AddSingleton<ITalkSearch>(new LuceneTalkSearch(programs, NullLogger<LuceneTalkSearch>.Instance));
        builder.AddConversation();
        return builder.Services.BuildServiceProvider().GetRequiredService<IConversation>();
    }

    private static DateTimeOffset Local(int day, int hour, int minute) =>
        TimeZoneInfo.ConvertTimeToUtc(RealProgram.Program.FindDay(day)!.Date.ToDateTime(new TimeOnly(hour, minute)), RealProgram.Program.TimeZone);

    private readonly IConversation _engine = Engine(BeforeTheConference);

    [Fact]
    public async Task Who_talks_about_the_Sinkhorn_algorithm_answers_A4_1_first()
    {
        var reply = await _engine.Say("who talks about the Sinkhorn algorithm?");

        Assert.Contains("A4-1 · Importance Sparsification for Sinkhorn Algorithm\nFri 21 May, 09:00–09:30 · Room 1", reply.PlainText);
        // The book's speaker lines are OCR noise: a result list leaves them out rather than print "=, PEARKY".
        Assert.DoesNotContain("OCR-garbled", reply.PlainText);
        Assert.Equal(TalkCallbacks.CardData(RealProgram.Program.FindByCode("A4-1")!.Id), reply.AllButtons()[0].Data);
    }

    [Fact]
    public async Task A_bare_code_shows_that_card()
    {
        var reply = await _engine.Say("A1-1");

        Assert.StartsWith("A1-1 Deep Fast MR Imaging", reply.PlainText);
        Assert.Contains("Room: Room 1", reply.PlainText);
        Assert.Contains("Thu 20 May, 10:00–10:30", reply.PlainText);
    }

    [Fact]
    public async Task A_misspelt_topic_finds_the_tensor_network_talks()
    {
        var reply = await _engine.Say("tensr network");

        var codes = reply.AllButtons().Select(b => b.Label.Split(' ')[0]).ToList();
        Assert.Contains("B5-1", codes);
        Assert.Contains("B5-4", codes);
    }

    [Fact]
    public async Task Whats_on_now_before_the_conference_says_so_and_names_the_first_talk()
    {
        var reply = await _engine.Say("what's on now?");

        Assert.StartsWith("The conference has not begun yet: it runs Thu 20 May – Fri 21 May 2027", reply.PlainText);
        Assert.Contains("The first talk is Thu 20 May · P1 · 08:30–09:15 · Main Hall", reply.PlainText);
    }

    [Fact]
    public async Task Where_can_I_get_lunch_says_nothing_in_the_program_matches()
    {
        var reply = await _engine.Say("where can I get lunch?");

        Assert.StartsWith("Nothing in the program matches “where can I get lunch?”.", reply.PlainText);
        Assert.Empty(reply.Buttons);
    }

    [Fact]
    public async Task Room_3_after_lunch_on_day_one_starts_at_half_past_one()
    {
        var engine = Engine(Local(1, 9, 0));

        var reply = await engine.Say("what's on in room 3 after lunch?");

        Assert.StartsWith("Today, Day 1 (Thu 20 May) in Room 3 after lunch (from 13:30):", reply.PlainText);
        Assert.Contains("C2-1 · 13:30–14:00 · Room 3", reply.PlainText);
        Assert.DoesNotContain("C1-", reply.PlainText);
    }

    [Fact]
    public async Task Now_during_the_parallel_sessions_lists_one_talk_per_room()
    {
        var engine = Engine(Local(1, 10, 40));

        var reply = await engine.Say("/now");

        Assert.StartsWith("On now (Thu 20 May, 10:40):", reply.PlainText);
        foreach (var code in new[] { "A1-4", "B1-2", "C1-3", "D1-2" })
            Assert.Contains(code + " · 10:30–11:00", reply.PlainText);
    }

    [Fact]
    public async Task Every_talk_of_the_program_gets_a_card_whose_buttons_fit_telegram()
    {
        var engine = Engine(BeforeTheConference);
        foreach (var talk in RealProgram.Program.Talks)
        {
            var outcome = await engine.Press(TalkCallbacks.CardData(talk.Id));

            Assert.NotNull(outcome.Reply);
            Assert.StartsWith(talk.Code + " ", outcome.Reply.PlainText);
            Assert.All(outcome.Reply.AllButtons(), b => Assert.True(Encoding.UTF8.GetByteCount(b.Data) <= CallbackData.MaxBytes));
        }
    }

    [Theory]
    [InlineData("hi there")]
    [InlineData("Hi,")]
    [InlineData("你好！")]
    [InlineData("Good morning!")]
    [InlineData("hello everyone")]
    public async Task A_greeting_gets_the_welcome_not_a_search(string text)
    {
        var reply = await _engine.Say(text);

        Assert.StartsWith("Welcome to the ", reply.PlainText);
        Assert.DoesNotContain("Nothing in the program matches", reply.PlainText);
    }

    [Theory]
    [InlineData("thanks")]
    [InlineData("thank you!")]
    [InlineData("谢谢！")]
    [InlineData("thx")]
    public async Task Thanks_get_a_short_friendly_reply(string text)
    {
        var reply = await _engine.Say(text);

        Assert.Equal(ConversationEngine.ThanksReply, reply.PlainText);
    }

    [Fact]
    public async Task Bye_gets_a_goodbye()
    {
        var reply = await _engine.Say("Bye!");

        Assert.Equal(ConversationEngine.GoodbyeReply, reply.PlainText);
    }

    [Fact]
    public async Task A_greeting_in_front_of_a_question_is_filler_and_the_question_is_answered()
    {
        var plain = await _engine.Say("who talks about optimal transport?");
        var greeted = await _engine.Say("hi, who talks about optimal transport?");

        Assert.StartsWith("Talks that match “who talks about optimal transport?”", greeted.PlainText);
        Assert.Equal(plain.AllButtons().Select(b => b.Data), greeted.AllButtons().Select(b => b.Data));
        Assert.NotEmpty(greeted.AllButtons());
    }

    [Fact]
    public async Task A_word_that_only_starts_like_a_greeting_is_searched()
    {
        var reply = await _engine.Say("history");

        Assert.DoesNotContain("Welcome to the ", reply.PlainText);
    }

    [Fact]
    public async Task A_chinese_question_that_matches_nothing_is_declined_in_chinese()
    {
        var reply = await _engine.Say("午饭在哪里吃？");

        Assert.StartsWith("会议日程中没有与“午饭在哪里吃？”相符的报告。", reply.PlainText);
        Assert.Contains("/search", reply.PlainText);
        Assert.DoesNotContain("Nothing in the program", reply.PlainText);
    }

    [Fact]
    public async Task A_chinese_question_gets_a_chinese_headline_over_the_talks()
    {
        var reply = await _engine.Say("谁讲 Sinkhorn 算法？");

        Assert.StartsWith("与“谁讲 Sinkhorn 算法？”相符的报告：", reply.PlainText);
        Assert.Contains("A4-1 · Importance Sparsification for Sinkhorn Algorithm", reply.PlainText);
    }

    [Fact]
    public async Task An_english_question_keeps_english_phrases()
    {
        var reply = await _engine.Say("/search Sinkhorn algorithm");

        Assert.StartsWith("Talks that match “Sinkhorn algorithm”:", reply.PlainText);
    }

    [Theory]
    [InlineData("A4")]
    [InlineData("a4")]
    [InlineData("session a4")]
    [InlineData("Session A4?")]
    public async Task A_bare_session_code_shows_the_session_like_slash_session(string text)
    {
        var expected = await _engine.Say("/session A4");

        var reply = await _engine.Say(text);

        Assert.StartsWith("Session A4", expected.PlainText);
        Assert.Equal(expected.PlainText, reply.PlainText);
        Assert.Equal(expected.AllButtons().Select(b => b.Data), reply.AllButtons().Select(b => b.Data));
    }

    [Fact]
    public async Task A_session_word_in_a_question_is_still_searched()
    {
        var reply = await _engine.Say("session about optimal transport");

        Assert.DoesNotContain("Session ", reply.PlainText.Split('\n')[0]);
    }

    [Fact]
    public async Task A_talk_without_an_abstract_in_the_book_says_so_rather_than_garbled()
    {
        var p1 = RealProgram.Program.FindByCode("P1")!;
        Assert.True(string.IsNullOrWhiteSpace(p1.Abstract));

        var reply = await _engine.Say("/talk P1");

        Assert.Contains(TalkCards.NoAbstract, reply.PlainText);
        Assert.DoesNotContain("OCR-garbled)", reply.PlainText);
    }

    [Fact]
    public async Task A_garbled_abstract_is_still_called_garbled()
    {
        var garbled = RealProgram.Program.Talks.First(t => t.AbstractIsNoise && !string.IsNullOrWhiteSpace(t.Abstract));

        var reply = await _engine.Say("/talk " + garbled.Code);

        Assert.Contains(TalkCards.GarbledAbstract, reply.PlainText);
    }

    [Fact]
    public void A_garbled_title_reads_the_same_on_the_card_in_summaries_and_in_reminders()
    {
        var talk = RealProgram.Program.Talks.First(t => t.TitleIsNoise);

        Assert.Equal(TalkFormatter.GarbledTitle, TalkFormatter.Title(talk));
        Assert.Equal(TalkFormatter.GarbledTitle, Assistant.Reminders.ReminderText.Title(talk));
        Assert.Equal(TalkFormatter.GarbledTitle, Assistant.Summaries.SummaryTexts.UntitledTalk(Assistant.Ai.ReplyLanguage.English));
    }
}
