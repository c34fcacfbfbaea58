using Assistant.Bookmarks;
using Assistant.Reminders;
using Assistant.Tests.Reminders;
using Assistant.Tests.Telegram.FakeBotApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.EndToEnd;

/// <summary>
/// Issue 3's "done when", in Telegram: the host as Program.cs composes it for a bot (real program, search,
/// conversation, SQLite, bookmarks, Quartz reminders, dispatcher), with only the Bot API faked and the clock fake.
/// </summary>
public sealed class BookmarksAndRemindersInTelegramTests : TelegramAppTest
{
    public BookmarksAndRemindersInTelegramTests() : base(TimeSpan.FromSeconds(120)) { }

    private const long ChatId = 4242;

    // 07:00 on day 2 in Shanghai. A4-1 and B4-1 both run 09:00–09:30 (Rooms 1 and 2); A4-3 runs 10:00–10:30.
    private static readonly DateTimeOffset DayTwoMorning = new(2027, 5, 20, 23, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset NineOClock = DayTwoMorning.AddHours(2);
    private static readonly DateTimeOffset TenOClock = DayTwoMorning.AddHours(3);

    private readonly FakeTimeProvider time = new(DayTwoMorning);

    private async Task<FakeBotApiRequest> SayAsync(string text, string method = "sendMessage")
    {
        var before = Api.RequestsFor(method).Count;
        Api.EnqueueMessage(ChatId, text);
        var replies = await Api.WaitForRequestsAsync(method, before + 1, r => r.ChatId == ChatId && r.Failure is null, TimeSpan.FromSeconds(30));
        var reply = replies[^1];
        if (reply.Text is { } html) Assert.Null(TelegramHtml.Problem(html));
        return reply;
    }

    private List<FakeBotApiRequest> Reminders() =>
        [.. Api.RequestsFor("sendMessage").Where(r => r.ChatId == ChatId && r.Failure is null && r.Text!.Contains('⏰'))];

    private async Task<FakeBotApiRequest> NextReminderAsync(int count) =>
        (await Api.WaitForRequestsAsync("sendMessage", count, r => r.ChatId == ChatId && r.Failure is null && r.Text!.Contains('⏰'), TimeSpan.FromSeconds(15)))[count - 1];

    [Fact]
    public async Task Three_bookmarks_with_a_clash_show_in_the_agenda_and_calendar_and_each_reminder_arrives_once_at_start_minus_15_minutes()
    {
        using var host = App.BuildHost(time);
        await host.StartAsync(Timeout.Token);
        var reminders = host.Services.GetRequiredService<ReminderCoordinator>();
        await Eventually.That(() => reminders.Reconciles > 0, "the start-up reconcile");

        foreach (var code in new[] { "A4-1", "B4-1", "A4-3" })
            Assert.Contains(code, (await SayAsync($"/bookmark {code}")).Text);

        var agenda = await SayAsync("/agenda");
        Assert.Contains(AgendaFormatter.ClashMark, agenda.Text);
        foreach (var code in new[] { "A4-1", "B4-1", "A4-3" }) Assert.Contains(code, agenda.Text);
        // Only the two 09:00 talks clash, so the mark appears twice (once per clashing talk) at most.
        var marks = agenda.Text!.Split(AgendaFormatter.ClashMark).Length - 1;
        Assert.InRange(marks, 1, 2);

        var calendar = await SayAsync("/agenda_ics", "sendDocument");
        var ics = System.Text.Encoding.UTF8.GetString(Assert.Single(calendar.Files).Content);
        Assert.Equal(3, ics.Split("BEGIN:VEVENT").Length - 1);

        var remind = await SayAsync("/remind 15");
        Assert.Contains("15", remind.Text);
        Assert.Empty(Reminders());

        // Nothing early: the 09:00 fan-out fires one second before 08:45 (one subscriber at 30/s).
        await Eventually.AdvanceTo(time, NineOClock.AddMinutes(-15).AddSeconds(-10), TimeSpan.FromMinutes(5));
        await Task.Delay(200);
        Assert.Empty(Reminders());

        // The clock stops at 08:45 at the latest; the reminder must then come without it moving on.
        await Eventually.AdvanceUntil(time, () => Reminders().Count == 1, NineOClock.AddMinutes(-15), TimeSpan.FromSeconds(1));
        var clashing = await NextReminderAsync(1);
        Assert.True(time.GetUtcNow() <= NineOClock.AddMinutes(-15));
        Assert.Contains("2 of your talks start in 15 minutes", clashing.Text);
        Assert.Contains("A4-1", clashing.Text);
        Assert.Contains("B4-1", clashing.Text);
        Assert.DoesNotContain("A4-3", clashing.Text);
        Assert.Null(TelegramHtml.Problem(clashing.Text!));

        await Eventually.AdvanceTo(time, TenOClock.AddMinutes(-15).AddSeconds(-10), TimeSpan.FromMinutes(5));
        await Task.Delay(200);
        Assert.Single(Reminders());

        await Eventually.AdvanceUntil(time, () => Reminders().Count == 2, TenOClock.AddMinutes(-15), TimeSpan.FromSeconds(1));
        var single = await NextReminderAsync(2);
        Assert.True(time.GetUtcNow() <= TenOClock.AddMinutes(-15));
        Assert.Contains("A4-3 starts in 15 minutes", single.Text);
        Assert.NotEmpty(single.InlineKeyboard);

        // Exactly once: nothing more after both talks have started.
        await Eventually.AdvanceTo(time, TenOClock.AddMinutes(40), TimeSpan.FromMinutes(5));
        await Task.Delay(500);
        await host.StopAsync(Timeout.Token);
        Assert.Equal(2, Reminders().Count);
    }

    [Fact]
    public async Task After_forget_me_no_reminder_arrives_and_the_agenda_is_empty()
    {
        using var host = App.BuildHost(time);
        await host.StartAsync(Timeout.Token);
        var reminders = host.Services.GetRequiredService<ReminderCoordinator>();
        await Eventually.That(() => reminders.Reconciles > 0, "the start-up reconcile");

        await SayAsync("/bookmark A4-1");
        await SayAsync("/remind 15");
        var confirm = await SayAsync("/forget_me");
        var yes = confirm.InlineKeyboard.SelectMany(row => row).First(b => b.CallbackData!.StartsWith(BookmarkButtons.ForgetAction, StringComparison.Ordinal));
        var before = Api.RequestsFor("sendMessage").Count;
        var query = Api.EnqueueCallbackQuery(ChatId, yes.CallbackData);
        await Api.WaitForRequestAsync("answerCallbackQuery", r => r.String("callback_query_id") == query, TimeSpan.FromSeconds(30));
        await Api.WaitForRequestsAsync("sendMessage", before + 1, r => r.ChatId == ChatId, TimeSpan.FromSeconds(30));

        await Eventually.AdvanceTo(time, NineOClock.AddMinutes(5), TimeSpan.FromSeconds(30));
        await Task.Delay(500);
        var agenda = await SayAsync("/agenda");
        await host.StopAsync(Timeout.Token);

        Assert.Empty(Reminders());
        Assert.Contains("no bookmarks", agenda.Text);
    }
}
