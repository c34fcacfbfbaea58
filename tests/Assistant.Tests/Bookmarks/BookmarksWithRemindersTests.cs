using Assistant.Bookmarks;
using Assistant.Conversation;
using Assistant.Messaging;
using Assistant.ProgramData;
using Assistant.Reminders;
using Assistant.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace Assistant.Tests.Bookmarks;

/// <summary>Bookmarks registered next to the real reminders feature, in Program.cs's order (AddBookmarks first).</summary>
public sealed class BookmarksWithRemindersTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "assistant-tests", Guid.NewGuid().ToString("N"));
    private readonly IHost _host;
    private readonly ChatContext _chat = new(6006, 6006, "en");

    public BookmarksWithRemindersTests()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = Path.Combine(_directory, "assistant.db"),
        });
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(TestProgram.Local(19, 8, 0)));
        builder.Services.AddSingleton<IProgramProvider>(new FakeProgramProvider(TestProgram.Create()));
        builder.Services.AddSingleton(Mock.Of<IMessageTransport>());
        builder.Services.AddSingleton(Mock.Of<IProgramReloader>()); // /reload, not under test
        builder.AddStorage();
        builder.AddBookmarks();
        builder.AddReminders();
        _host = builder.Build();
    }

    public void Dispose()
    {
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
    }

    [Fact]
    public void The_reminders_planner_is_used_not_the_fallback()
    {
        var service = _host.Services.GetRequiredService<BookmarkService>();

        Assert.IsType<ReminderPlanner>(service.Planner);
    }

    [Fact]
    public async Task Forget_me_also_clears_the_chats_outbox_and_delivery_log()
    {
        var users = _host.Services.GetRequiredService<IUserStore>();
        await users.GetOrCreateAsync(_chat, CancellationToken.None);
        await using (var connection = await _host.Services.GetRequiredService<ISqlConnectionFactory>().OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO outbox (chat_id, kind, talk_id, lead_minutes, talk_start_at, variant, remind_at, due_at, next_attempt_at, created_at)
                VALUES (@Id, 'reminder', 'A4-1', 10, 1, '', 1, 1, 1, 1);
                INSERT INTO delivery_log (chat_id, kind, talk_id, lead_minutes, talk_start_at, variant, delivered_at)
                VALUES (@Id, 'reminder', 'B4-2', 10, 1, '', 1);
                """, new { Id = _chat.ChatId });
        }
        var question = await Command("forget_me").ExecuteAsync(_chat, "", CancellationToken.None);
        var yes = CallbackData.TryParse(question.Buttons[0][0].Data, out var data) ? data : default;

        var outcome = await _host.Services.GetServices<ICallbackAction>().Single(a => a.Action == yes.Action)
            .ExecuteAsync(_chat, yes.Argument, CancellationToken.None);

        Assert.Contains("deleted", outcome.Reply!.PlainText);
        await using var check = await _host.Services.GetRequiredService<ISqlConnectionFactory>().OpenAsync(CancellationToken.None);
        Assert.Equal(0L, await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE chat_id = @Id", new { Id = _chat.ChatId }));
        Assert.Equal(0L, await check.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM delivery_log WHERE chat_id = @Id", new { Id = _chat.ChatId }));
        Assert.Null(await users.FindAsync(_chat.ChatId, CancellationToken.None));
    }

    private IChatCommand Command(string name) => _host.Services.GetServices<IChatCommand>().Single(c => c.Name == name);
}
