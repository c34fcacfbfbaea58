using Assistant.ConsoleChat;
using Assistant.Conversation;
using Assistant.Hosting;
using Assistant.Tests.Conversation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Assistant.Tests.ConsoleChat;

public sealed class ConsoleChatSessionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("console-chat-").FullName;
    private readonly StringWriter _stdout = new();

    private ConsoleChatSession Session(IConversation? engine = null) =>
        new(engine ?? TestHost.Engine(), new ConsoleOutput(_stdout), new ConsoleChatOptions { AttachmentDirectory = _directory });

    [Fact]
    public async Task A_scripted_session_shows_the_card_and_a_number_presses_its_button()
    {
        await Session().RunAsync(new StringReader("A4-1\n1\n"), interactive: false, CancellationToken.None);

        var output = _stdout.ToString();
        Assert.Contains("A4-1 Importance Sparsification for Sinkhorn Algorithm", output);
        Assert.Contains("[1] Full abstract", output);
        Assert.Contains("[2] Other talks in this session", output);
        // Pressing [1] printed the whole abstract, including the part the card cut off.
        Assert.Contains("to barycenters, where the same idea applies with small changes.", output);
        Assert.DoesNotContain("> ", output);
    }

    [Fact]
    public async Task A_number_out_of_range_says_which_buttons_there_are()
    {
        await Session().RunAsync(new StringReader("A4-1\n7\n"), interactive: false, CancellationToken.None);

        Assert.Contains("There is no button 7: choose 1 to 2.", _stdout.ToString());
    }

    [Fact]
    public async Task A_number_with_no_buttons_on_the_last_reply_is_sent_as_text()
    {
        await Session().RunAsync(new StringReader("/help\n3\n"), interactive: false, CancellationToken.None);

        Assert.Contains("Nothing in the program matches “3”.", _stdout.ToString());
    }

    [Fact]
    public async Task The_prompt_is_shown_only_on_a_terminal()
    {
        await Session().RunAsync(new StringReader("/start\n"), interactive: true, CancellationToken.None);

        Assert.StartsWith("> Welcome", _stdout.ToString());
    }

    [Fact]
    public async Task An_attachment_is_saved_in_the_directory_and_its_path_printed()
    {
        var engine = new Mock<IConversation>();
        engine.Setup(e => e.HandleMessageAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Reply.Text("Your agenda") with { Attachment = new FileAttachment("../agenda.ics", "text/calendar", "BEGIN:VCALENDAR"u8.ToArray()) });

        await Session(engine.Object).RunAsync(new StringReader("/agenda\n"), interactive: false, CancellationToken.None);

        var path = Path.Combine(_directory, "agenda.ics");
        Assert.Equal("BEGIN:VCALENDAR", File.ReadAllText(path));
        Assert.Contains($"(saved ../agenda.ics to {path})", _stdout.ToString());
    }

    [Fact]
    public async Task The_service_stops_the_host_at_end_of_input()
    {
        var started = new CancellationTokenSource();
        started.Cancel();
        var lifetime = new Mock<IHostApplicationLifetime>();
        lifetime.SetupGet(l => l.ApplicationStarted).Returns(started.Token);
        var exitCode = new ProcessExitCode();
        var service = new ConsoleChatService(Session(), new ConsoleInput(new StringReader("A4-1\n"), false), lifetime.Object, exitCode,
            NullLogger<ConsoleChatService>.Instance);

        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        lifetime.Verify(l => l.StopApplication(), Times.Once);
        Assert.Equal(0, exitCode.Value);
        Assert.Contains("A4-1 Importance", _stdout.ToString());
    }

    [Fact]
    public async Task Pushed_messages_are_printed_as_plain_text()
    {
        var transport = new ConsoleMessageTransport(new ConsoleOutput(_stdout));

        await transport.SendAsync(ConsoleIdentity.ChatId, Reply.Text("A4-1 starts in 10 minutes in Room 1."), CancellationToken.None);

        Assert.Contains("A4-1 starts in 10 minutes in Room 1.", _stdout.ToString());
    }

    [Fact]
    public void A_pushed_message_while_the_prompt_shows_puts_the_prompt_back()
    {
        var output = new ConsoleOutput(_stdout);
        output.Prompt();

        output.Interject("Reminder: A4-1 starts in 10 minutes.");

        Assert.Equal($"> {Environment.NewLine}Reminder: A4-1 starts in 10 minutes.{Environment.NewLine}{Environment.NewLine}> ", _stdout.ToString());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
