using Assistant.Tests.Telegram.FakeBotApi;

namespace Assistant.Tests.EndToEnd;

/// <summary>
/// Every kind of reply, and every kind of bad input from issue 4, through the host as Program.cs composes it for a
/// bot: each is answered with one message Telegram would accept (valid HTML, within 4,096 characters, buttons
/// with at most 64 bytes of callback data), and the bot keeps answering afterwards.
/// </summary>
public sealed class EveryReplyRendersInTelegramTests : TelegramAppTest
{
    public EveryReplyRendersInTelegramTests() : base(TimeSpan.FromSeconds(300)) { }

    private const long ChatId = 777;

    private static readonly string[] Inputs =
    [
        "/start", "/start talk_A4-1", "/start session_A4", "/start garbage_%%", "/help", "/talk A4-1", "/talk Z9-9", "/talk",
        "/search sinkhorn", "/search", "/session A4", "/session Q7", "/now", "/next", "/today", "/day 2", "/day 9",
        "/day two", "/rooms", "/summary A4-3", "/summary", "summarise A4-3", "Summarise session B3",
        "/bookmark A4-1", "/bookmark B4-1", "/agenda", "/unbookmark B4-1", "/remind 15", "/remind abc", "/remind -5",
        "/remind 99999", "/forget_me", "/reload", "/foo", "/foo@fake_bot", "who talks about the Sinkhorn algorithm?", "A1-1",
        "tensr network", "what's on now?", "where can I get lunch?", "room 3 after lunch", "main hall day 2", "hi",
        "thanks", "<b>hi</b>", "<script>alert(1)</script>", "a < b & c > d", "你好，有关于最优传输的报告吗？", "😀🎉",
        "   ", new string('x', 4000), string.Concat(Enumerable.Repeat("optimal transport ", 220)),
    ];

    [Fact]
    public async Task Every_reply_and_every_button_in_it_gives_messages_that_Telegram_accepts()
    {
        using var host = App.BuildHost();
        await host.StartAsync(Timeout.Token);
        var problems = new List<string>();
        var buttons = new List<FakeInlineButton>();

        foreach (var input in Inputs)
        {
            var before = Api.RequestsFor("sendMessage").Count;
            Api.EnqueueMessage(ChatId, input);
            IReadOnlyList<FakeBotApiRequest> sent;
            try
            {
                sent = await Api.WaitForRequestsAsync("sendMessage", before + 1, r => r.ChatId == ChatId, TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                problems.Add($"{Shorten(input)}: no reply");
                continue;
            }
            var reply = sent[^1];
            var text = reply.Text ?? "";
            if (TelegramHtml.Problem(text) is { } problem) problems.Add($"{Shorten(input)}: {problem}");
            if (string.IsNullOrWhiteSpace(text)) problems.Add($"{Shorten(input)}: empty reply");
            foreach (var button in reply.InlineKeyboard.SelectMany(row => row))
            {
                buttons.Add(button);
                if (System.Text.Encoding.UTF8.GetByteCount(button.CallbackData ?? "") > 64) problems.Add($"{Shorten(input)}: callback data over 64 bytes");
                if (string.IsNullOrWhiteSpace(button.Text)) problems.Add($"{Shorten(input)}: a button without a label");
            }
        }

        // Every button of every reply is answered (no spinner left), with a toast or a reply Telegram accepts.
        foreach (var button in buttons.DistinctBy(b => b.CallbackData))
        {
            var before = Api.RequestsFor("sendMessage").Count;
            var query = Api.EnqueueCallbackQuery(ChatId, button.CallbackData);
            FakeBotApiRequest answer;
            try
            {
                answer = await Api.WaitForRequestAsync("answerCallbackQuery", r => r.String("callback_query_id") == query, TimeSpan.FromSeconds(30));
            }
            catch (TimeoutException)
            {
                problems.Add($"button {button.Text} ({button.CallbackData}): not answered");
                continue;
            }
            if (answer.String("text") is { } toast && toast.StartsWith("Sorry", StringComparison.Ordinal))
                problems.Add($"button {button.Text} ({button.CallbackData}): {toast}");
            await Task.Delay(50);
            foreach (var sent in Api.RequestsFor("sendMessage").Skip(before).Where(r => r.ChatId == ChatId))
                if (TelegramHtml.Problem(sent.Text ?? "") is { } problem) problems.Add($"button {button.Text} ({button.CallbackData}): {problem}");
        }

        // Still alive after all of it.
        Api.EnqueueMessage(ChatId, "A4-1");
        var last = await Api.WaitForRequestAsync("sendMessage", r => r.ChatId == ChatId && r.Text!.Contains("Sinkhorn"), TimeSpan.FromSeconds(30));
        await host.StopAsync(Timeout.Token);

        Assert.NotNull(last);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string Shorten(string input) => input.Length > 40 ? $"{input[..40]}… ({input.Length} chars)" : input;
}
