using Assistant.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Tests.Conversation;

public sealed class ConversationEngineTests
{
    private readonly IConversation _engine = TestHost.Engine();

    [Fact]
    public async Task Talk_command_shows_the_card_with_code_title_speakers_time_room_and_session()
    {
        var reply = await _engine.Say("/talk A4-1");

        var text = reply.PlainText;
        Assert.Contains("A4-1 Importance Sparsification for Sinkhorn Algorithm", text);
        Assert.Contains("Mengyu Li (Renmin University), Jun Yu", text);
        Assert.Contains("Thu 20 May, 10:30–11:00", text);
        Assert.Contains("Room: Room 1", text);
        Assert.Contains("Session: A4 — Session on A4", text);
        Assert.Contains("Sinkhorn algorithm has been used pervasively", text);
    }

    [Theory]
    [InlineData("/TALK A4-1")]
    [InlineData("/talk@MmlConfBot A4-1")]
    [InlineData("  /Talk@MmlConfBot   a4-1  ")]
    public async Task Commands_are_case_insensitive_and_accept_the_group_form(string text)
    {
        var reply = await _engine.Say(text);

        Assert.StartsWith("A4-1 Importance Sparsification", reply.PlainText);
    }

    [Theory]
    [InlineData("/talk", "Usage: /talk <code>")]
    [InlineData("/talk Z9-9", "I can't find a talk with the code “Z9-9”")]
    [InlineData("/search", "Usage: /search <words>")]
    [InlineData("/session", "Usage: /session <code>")]
    [InlineData("/session Q7", "There is no session “Q7”")]
    [InlineData("/day", "Usage: /day <n>")]
    [InlineData("/day two", "“two” is not a day number")]
    [InlineData("/day 7", "There is no day 7")]
    public async Task Missing_or_invalid_arguments_get_a_usage_line(string text, string expected)
    {
        var reply = await _engine.Say(text);

        Assert.Contains(expected, reply.PlainText);
    }

    [Theory]
    [InlineData("/xyz", "I don't know /xyz. Send /help")]
    [InlineData("/XYZ@SomeBot now", "I don't know /xyz. Send /help")]
    [InlineData("/", "I don't know that command. Send /help")]
    public async Task Unknown_commands_are_named_with_a_pointer_to_help(string text, string expected)
    {
        var reply = await _engine.Say(text);

        Assert.Equal(expected + " to see what I can do.", reply.PlainText);
    }

    [Fact]
    public async Task Help_lists_every_registered_command_including_other_features_ones()
    {
        var engine = TestHost.Engine(configure: s => s.AddSingleton<IChatCommand>(new StubCommand("bookmarks", "Your bookmarked talks")));

        var text = (await engine.Say("/help")).PlainText;

        foreach (var name in new[] { "start", "help", "talk", "search", "session", "now", "next", "today", "day", "rooms" })
            Assert.Contains($"/{name} — ", text);
        Assert.Contains("/bookmarks — Your bookmarked talks", text);
        Assert.Contains(engine.MenuCommands, c => c.Name == "bookmarks");
    }

    [Fact]
    public async Task Hidden_commands_run_but_stay_out_of_the_menu()
    {
        var engine = TestHost.Engine(configure: s => s.AddSingleton<IChatCommand>(new StubCommand("reload", "Admin", showInMenu: false)));

        Assert.DoesNotContain(engine.MenuCommands, c => c.Name == "reload");
        Assert.Equal("reload ran", (await engine.Say("/reload")).PlainText);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t ")]
    public async Task Empty_or_blank_messages_get_a_hint(string text)
    {
        var reply = await _engine.Say(text);

        Assert.Contains("/help", reply.PlainText);
    }

    [Fact]
    public async Task A_4000_character_message_is_refused_politely_without_answering()
    {
        var reply = await _engine.Say(new string('x', 3991) + " Sinkhorn");

        Assert.Contains("too long", reply.PlainText);
        Assert.Contains("4,000 characters", reply.PlainText);
        Assert.Empty(reply.Buttons);
    }

    [Fact]
    public async Task A_message_at_the_limit_is_still_answered()
    {
        var text = "Sinkhorn " + new string('x', ConversationEngine.MaxMessageLength - 9);

        var reply = await _engine.Say(text);

        Assert.DoesNotContain("too long", reply.PlainText);
        Assert.Contains("A4-1", reply.PlainText);
    }

    [Fact]
    public async Task Html_in_user_text_is_kept_as_text_for_the_renderer_to_escape()
    {
        var reply = await _engine.Say("<script>alert('hi')</script> <b>bold</b>");

        Assert.StartsWith("Nothing in the program matches “<script>alert('hi')</script> <b>bold</b>”.", reply.PlainText);
    }

    [Fact]
    public async Task A_failing_handler_becomes_an_apology_not_an_exception()
    {
        var engine = TestHost.Engine(configure: s => s.AddSingleton<IChatCommand>(new StubCommand("boom", "Fails", fail: true)));

        var reply = await engine.Say("/boom");

        Assert.Equal(ConversationEngine.Apology, reply.PlainText);
    }

    [Fact]
    public async Task The_first_registration_of_a_command_name_wins()
    {
        var engine = TestHost.Engine(configure: s => s.AddSingleton<IChatCommand>(new StubCommand("talk", "Impostor")));

        var reply = await engine.Say("/talk A4-1");

        Assert.StartsWith("A4-1 Importance", reply.PlainText);
        Assert.Single(engine.MenuCommands, c => c.Name == "talk");
    }

    [Theory]
    [InlineData("A1-1 is what I want", "P1")]
    [InlineData("tell me about a4-1 please", "A4-1")]
    [InlineData("P2", "P2")]
    public async Task Free_text_naming_a_code_shows_that_card(string text, string code)
    {
        var reply = await _engine.Say(text.Replace("A1-1", "P1"));

        Assert.StartsWith(code + " ", reply.PlainText);
    }

    [Fact]
    public async Task A_question_lists_the_matching_talks_with_buttons_to_their_cards()
    {
        var reply = await _engine.Say("who talks about the Sinkhorn algorithm?");

        Assert.Contains("A4-1 · Importance Sparsification for Sinkhorn Algorithm", reply.PlainText);
        Assert.Contains("Mengyu Li (Renmin University), Jun Yu\nThu 20 May, 10:30–11:00 · Room 1", reply.PlainText);
        Assert.Contains(reply.AllButtons(), b => b.Data == "card:id-a4-1");
    }

    [Fact]
    public async Task An_unanswerable_question_says_nothing_matches_and_gives_hints()
    {
        var reply = await _engine.Say("where can I get lunch?");

        Assert.StartsWith("Nothing in the program matches “where can I get lunch?”.", reply.PlainText);
        Assert.Contains("/search", reply.PlainText);
        Assert.Contains("/today", reply.PlainText);
        Assert.Contains("/rooms", reply.PlainText);
        Assert.Empty(reply.Buttons);
    }

    [Fact]
    public async Task Search_command_ranks_talks()
    {
        var reply = await _engine.Say("/search tensor networks");

        Assert.Contains("B5-1 · Revisit Tensor Networks", reply.PlainText);
    }

    [Theory]
    [InlineData("help", "What I can do")]
    [InlineData("Help?", "What I can do")]
    [InlineData("rooms", "Rooms")]
    [InlineData("hello", "Welcome to the MML 2027 assistant.")]
    [InlineData("Hi!", "Welcome to the MML 2027 assistant.")]
    public async Task A_bare_command_word_or_a_greeting_runs_the_command(string text, string expected)
    {
        var reply = await _engine.Say(text);

        Assert.StartsWith(expected, reply.PlainText);
    }

    [Fact]
    public async Task Start_welcomes()
    {
        var reply = await _engine.Say("/start");

        Assert.StartsWith("Welcome to the MML 2027 assistant.", reply.PlainText);
    }

    [Theory]
    [InlineData("/start talk_A4-1", "A4-1 Importance")]
    [InlineData("/start talk_id-a4-2", "A4-2 Wasserstein")]
    [InlineData("/start session_A4", "Session A4")]
    public async Task Start_with_a_deep_link_opens_what_it_names(string text, string expected)
    {
        var reply = await _engine.Say(text);

        Assert.StartsWith(expected, reply.PlainText);
    }

    [Theory]
    [InlineData("/start talk_Z9-9")]
    [InlineData("/start gibberish")]
    public async Task Start_with_an_unknown_payload_welcomes_with_a_note(string text)
    {
        var reply = await _engine.Say(text);

        Assert.StartsWith("That link points to something I can't find", reply.PlainText);
        Assert.Contains("Welcome to the MML 2027 assistant.", reply.PlainText);
    }

    [Fact]
    public async Task Session_command_lists_its_talks_with_card_buttons()
    {
        var reply = await _engine.Say("/session a4");

        Assert.StartsWith("Session A4 · Thu 20 May, 10:30–11:30 · Room 1 · Session on A4", reply.PlainText);
        Assert.Contains("A4-1 · 10:30–11:00 · Room 1 · Importance Sparsification for Sinkhorn Algorithm", reply.PlainText);
        Assert.Contains("A4-2 · 11:00–11:30 · Room 1 · Wasserstein barycenters at scale", reply.PlainText);
        Assert.Equal(["card:id-a4-1", "card:id-a4-2"], reply.AllButtons().Select(b => b.Data));
    }

    [Fact]
    public async Task Day_command_lists_the_day_by_session()
    {
        var reply = await _engine.Say("/day 2");

        Assert.StartsWith("Day 2 (Fri 21 May):", reply.PlainText);
        Assert.Contains("Plenary · Main Hall\nP2 · 09:00–10:00 · Main Hall · Closing plenary", reply.PlainText);
        Assert.Contains("B5 · Room 4 · Session on B5\nB5-1 · 10:30–11:00", reply.PlainText);
        Assert.DoesNotContain("A4-1", reply.PlainText);
    }

    [Fact]
    public async Task Rooms_command_lists_every_room_and_its_sessions()
    {
        var reply = await _engine.Say("/rooms");

        foreach (var room in new[] { "Main Hall", "Room 1", "Room 2", "Room 3", "Room 4" })
            Assert.Contains(reply.Blocks, b => b.PlainText.StartsWith(room + "\n"));
        Assert.Contains("Day 1 · 13:30–14:30 · C3 · Session on C3", reply.PlainText);
    }

    private sealed class StubCommand(string name, string description, bool showInMenu = true, bool fail = false) : IChatCommand
    {
        public string Name => name;
        public string Description => description;
        public bool ShowInMenu => showInMenu;

        public Task<Reply> ExecuteAsync(ChatContext chat, string arguments, CancellationToken cancellationToken) =>
            fail ? throw new InvalidOperationException("boom") : Task.FromResult(Reply.Text($"{name} ran"));
    }
}
