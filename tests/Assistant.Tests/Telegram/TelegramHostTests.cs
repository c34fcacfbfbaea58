using Assistant.Conversation;
using Assistant.Messaging;
using Assistant.Telegram;
using Assistant.Tests.Telegram.FakeBotApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Moq;

namespace Assistant.Tests.Telegram;

/// <summary>The real host with AddTelegram, polling the fake Bot API on loopback; only the engine is a fake.</summary>
public sealed class TelegramHostTests : IAsyncLifetime
{
    private const long ChatId = 4242;
    private FakeBotApiServer api = null!;
    private readonly Mock<IConversation> conversation = new();
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(20));

    public async Task InitializeAsync()
    {
        api = await FakeBotApiServer.StartAsync();
        var talk = new Mock<IChatCommand>();
        talk.Setup(c => c.Name).Returns("talk");
        talk.Setup(c => c.Description).Returns("Show a talk by its code");
        talk.Setup(c => c.ShowInMenu).Returns(true);
        var admin = new Mock<IChatCommand>();
        admin.Setup(c => c.Name).Returns("reload");
        admin.Setup(c => c.Description).Returns("Reload the program");
        admin.Setup(c => c.ShowInMenu).Returns(false);
        var invalid = new Mock<IChatCommand>();
        invalid.Setup(c => c.Name).Returns("Bad-Name");
        invalid.Setup(c => c.Description).Returns("Telegram would refuse the whole menu for this one");
        invalid.Setup(c => c.ShowInMenu).Returns(true);
        conversation.Setup(c => c.MenuCommands).Returns([talk.Object, admin.Object, invalid.Object]);
        conversation.Setup(c => c.HandleMessageAsync(It.IsAny<IncomingMessage>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IncomingMessage m, CancellationToken _) =>
                Reply.Of(TextBlock.Bold($"{m.Text} <Kernel methods> & more")).WithButtons([[new ReplyButton("Bookmark", $"bm:{m.Text}")]]));
    }

    public async Task DisposeAsync()
    {
        Assert.Empty(api.Errors);
        await api.DisposeAsync();
        timeout.Dispose();
    }

    private IHost BuildHost(Action<IHostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = api.Token,
            ["TELEGRAM_BOT_TOKEN"] = null,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl.ToString(),
            ["Telegram:PollingTimeoutSeconds"] = "1",
            ["Telegram:InitialBackoff"] = "00:00:00.020",
            ["Telegram:MaxBackoff"] = "00:00:00.100",
            ["Telegram:RequestTimeout"] = "00:00:05",
            ["Telegram:AutoRetryThresholdSeconds"] = "1",
        });
        builder.Services.AddSingleton(conversation.Object);
        builder.AddTelegram();
        configure?.Invoke(builder);
        return builder.Build();
    }

    [Fact]
    public async Task The_bot_answers_a_message_from_getUpdates_with_escaped_html_and_buttons()
    {
        using var host = BuildHost();
        await host.StartAsync(timeout.Token);

        api.EnqueueMessage(ChatId, "A4-1");
        var sent = await api.WaitForRequestAsync("sendMessage", r => r.ChatId == ChatId);
        await host.StopAsync(timeout.Token);

        Assert.Equal("<b>A4-1 &lt;Kernel methods&gt; &amp; more</b>", sent.Text);
        Assert.Equal("HTML", sent.ParseMode, ignoreCase: true);
        Assert.Equal(new FakeInlineButton("Bookmark", "bm:A4-1", null), sent.InlineKeyboard.Single().Single());
        conversation.Verify(c => c.HandleMessageAsync(
            It.Is<IncomingMessage>(m => m.Chat.ChatId == ChatId && m.Chat.FrontEnd == "telegram" && m.Chat.LanguageCode == "en"),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task At_start_the_webhook_is_removed_and_only_valid_menu_commands_are_advertised()
    {
        using var host = BuildHost();
        await host.StartAsync(timeout.Token);

        var commands = await api.WaitForRequestAsync("setMyCommands");
        await api.WaitForRequestAsync("getUpdates");
        await host.StopAsync(timeout.Token);

        Assert.Single(api.RequestsFor("deleteWebhook"));
        Assert.Equal("""[{"command":"talk","description":"Show a talk by its code"}]""", commands["commands"]!.ToJsonString());
    }

    [Fact]
    public async Task A_failure_to_set_the_menu_is_not_fatal()
    {
        api.FailNext("setMyCommands", FakeFailure.BadRequest("BOT_COMMAND_INVALID"));
        using var host = BuildHost();
        await host.StartAsync(timeout.Token);

        api.EnqueueMessage(ChatId, "A4-1");
        await api.WaitForRequestAsync("sendMessage");
        await host.StopAsync(timeout.Token);
    }

    [Fact]
    public async Task The_bot_survives_getUpdates_server_errors_and_still_answers_afterwards()
    {
        api.FailNext("getUpdates", FakeFailure.ServerError(), times: 3);
        api.EnqueueMessage(ChatId, "A4-1");
        using var host = BuildHost();
        await host.StartAsync(timeout.Token);

        var sent = await api.WaitForRequestAsync("sendMessage");
        await host.StopAsync(timeout.Token);

        Assert.Contains("A4-1", sent.Text);
        Assert.Equal(3, api.RequestsFor("getUpdates").Count(r => r.Failure is not null));
    }

    [Fact]
    public async Task The_bot_retries_a_sendMessage_rate_limited_for_a_moment_and_the_message_is_answered()
    {
        api.FailNext("sendMessage", FakeFailure.TooManyRequests(retryAfter: 1));
        using var host = BuildHost();
        await host.StartAsync(timeout.Token);

        api.EnqueueMessage(ChatId, "A4-1");
        var attempts = await api.WaitForRequestsAsync("sendMessage", 2);
        await host.StopAsync(timeout.Token);

        Assert.Equal(429, attempts[0].Failure?.StatusCode);
        Assert.Null(attempts[1].Failure);
        Assert.Contains("A4-1", attempts[1].Text);
    }

    [Fact]
    public async Task A_failure_while_answering_one_update_does_not_stop_polling()
    {
        api.FailNext("sendMessage", FakeFailure.ServerError());
        using var host = BuildHost();
        await host.StartAsync(timeout.Token);

        api.EnqueueMessage(ChatId, "first");
        await api.WaitForRequestAsync("sendMessage", r => r.Failure is not null);
        api.EnqueueMessage(ChatId, "second");
        var sent = await api.WaitForRequestAsync("sendMessage", r => r.Failure is null);
        await host.StopAsync(timeout.Token);

        Assert.Contains("second", sent.Text);
    }

    [Fact]
    public async Task One_chats_messages_are_answered_in_order()
    {
        using var host = BuildHost();
        await host.StartAsync(timeout.Token);

        foreach (var code in new[] { "A1-1", "A1-2", "A1-3", "A1-4" }) api.EnqueueMessage(ChatId, code);
        var sent = await api.WaitForRequestsAsync("sendMessage", 4);
        await host.StopAsync(timeout.Token);

        Assert.Equal(["A1-1", "A1-2", "A1-3", "A1-4"], sent.Select(r => r.Text![3..7]));
    }

    [Fact]
    public async Task Stopping_confirms_handled_updates_so_a_restart_does_not_answer_them_again()
    {
        using (var host = BuildHost())
        {
            await host.StartAsync(timeout.Token);
            api.EnqueueMessage(ChatId, "A4-1");
            await api.WaitForRequestAsync("sendMessage");
            await host.StopAsync(timeout.Token);
        }

        Assert.Equal(0, api.PendingUpdateCount);
    }

    [Fact]
    public async Task A_callback_press_is_answered_through_the_polling_loop()
    {
        conversation.Setup(c => c.HandleCallbackAsync(It.IsAny<IncomingCallback>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(CallbackOutcome.Toast("Bookmarked"));
        using var host = BuildHost();
        await host.StartAsync(timeout.Token);

        var id = api.EnqueueCallbackQuery(ChatId, "bm:A4-1");
        var answer = await api.WaitForRequestAsync("answerCallbackQuery");
        await host.StopAsync(timeout.Token);

        Assert.Equal(id, answer.String("callback_query_id"));
        Assert.Equal("Bookmarked", answer.String("text"));
    }

    [Fact]
    public async Task The_registered_message_transport_delivers_through_the_bot_api()
    {
        using var host = BuildHost();

        await host.Services.GetRequiredService<IMessageTransport>().SendAsync(ChatId, Reply.Text("Reminder & <b>"), timeout.Token);

        Assert.Equal("Reminder &amp; &lt;b&gt;", Assert.Single(api.RequestsFor("sendMessage")).Text);
    }

    [Fact]
    public async Task The_token_never_appears_in_any_log_line_even_when_requests_fail()
    {
        await api.DisposeAsync();
        api = await FakeBotApiServer.StartAsync("987654:SeCrEtPaRt-never-log-me");
        api.FailNext("getUpdates", FakeFailure.ServerError(), times: 2);
        api.FailNext("sendMessage", FakeFailure.ServerError());
        var logs = new CapturingLoggerProvider();
        using var host = BuildHost(b =>
        {
            b.Logging.SetMinimumLevel(LogLevel.Trace);
            b.Logging.AddProvider(logs);
        });
        await host.StartAsync(timeout.Token);

        api.EnqueueMessage(ChatId, "A4-1");
        await api.WaitForRequestAsync("sendMessage", r => r.Failure is not null);
        api.EnqueueMessage(ChatId, "A4-2");
        await api.WaitForRequestAsync("sendMessage", r => r.Failure is null);
        await host.StopAsync(timeout.Token);

        Assert.Contains(logs.Lines, l => l.Contains("Polling failed")); // the failures were logged...
        Assert.DoesNotContain(logs.Lines, l => l.Contains("SeCrEtPaRt")); // ...without the token
    }

    [Fact]
    public async Task After_a_failed_poll_the_bot_waits_on_its_clock_before_polling_again()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        api.FailNext("getUpdates", FakeFailure.ServerError());
        using var host = BuildHost(b =>
        {
            b.Services.AddSingleton<TimeProvider>(time);
            b.Configuration["Telegram:InitialBackoff"] = "00:00:10";
            b.Configuration["Telegram:MaxBackoff"] = "00:00:10";
        });
        await host.StartAsync(timeout.Token);
        await api.WaitForRequestAsync("getUpdates", r => r.Failure is not null);

        await Task.Delay(300, timeout.Token); // room for a loop that does not wait to poll again
        var pollsBeforeTheClockMoves = api.RequestsFor("getUpdates").Count;
        api.EnqueueMessage(ChatId, "A4-1");
        // The back-off timer starts once the client has read the error, which the test cannot observe: step the clock until it fires.
        // Bounded by real time, not by a step count: on a loaded machine the timer may start later than 100 steps.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (api.RequestsFor("getUpdates").Count < 2 && DateTime.UtcNow < deadline)
        {
            time.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(20, timeout.Token);
        }
        await api.WaitForRequestAsync("sendMessage");
        await host.StopAsync(timeout.Token);

        Assert.Equal(1, pollsBeforeTheClockMoves);
    }

    [Fact]
    public async Task A_token_Telegram_rejects_stops_the_bot_with_one_clear_line_that_does_not_show_the_token()
    {
        const string wrongToken = "999999:WRONG-SECRET";
        var logs = new CapturingLoggerProvider();
        using var host = BuildHost(b =>
        {
            b.Configuration["Telegram:BotToken"] = wrongToken;
            b.Logging.AddProvider(logs);
        });
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());

        await host.StartAsync(timeout.Token);
        await stopping.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await host.StopAsync(timeout.Token);

        Assert.True(lifetime.ApplicationStopping.IsCancellationRequested, "the host kept polling with a rejected token");
        Assert.Equal(Assistant.Hosting.HostRunner.ConfigurationError, host.Services.GetRequiredService<Assistant.Hosting.ProcessExitCode>().Value);
        var critical = Assert.Single(logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Contains("Telegram:BotToken", critical);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("WRONG-SECRET", StringComparison.Ordinal));
    }
}
