using Assistant.Bookmarks;
using Assistant.Conversation;
using Assistant.ProgramData;
using Assistant.Search;
using Assistant.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Bookmarks;

/// <summary>The bookmark feature behind the real engine, real Lucene search and a real SQLite file, as Program.cs wires it.</summary>
public sealed class ConversationEngineBookmarkTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "assistant-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;
    private readonly IConversation _engine;
    private readonly ChatContext _chat = new(5005, 5005, "en") { FrontEnd = "test" };

    public ConversationEngineBookmarkTests()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = Path.Combine(_directory, "assistant.db"),
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(TestProgram.Local(19, 8, 0)));
        builder.Services.AddSingleton<IProgramProvider>(new FakeProgramProvider(TestProgram.Create()));
        builder.AddSearch();
        builder.AddConversation();
        builder.AddStorage();
        builder.AddBookmarks();
        _services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        _engine = _services.GetRequiredService<IConversation>();
    }

    public void Dispose()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
    }

    [Fact]
    public async Task A_bookmark_message_is_routed_to_the_bookmark_command()
    {
        await Say("/bookmark B4-2");

        var reply = await Say("/bookmark a4-1");

        Assert.StartsWith("Bookmarked A4-1. Note: it overlaps B4-2 (10:00–10:30, Room 2).", reply.PlainText);
        var stored = await _services.GetRequiredService<IBookmarkStore>().ListAsync(_chat.ChatId, CancellationToken.None);
        Assert.Equal(["A4-1", "B4-2"], stored.Order());
    }

    [Fact]
    public async Task The_talk_card_carries_the_bookmark_toggle_and_pressing_it_flips_it()
    {
        var card = await Say("/talk A4-1");
        var toggle = Assert.Single(card.Buttons.SelectMany(r => r), b => b.Data.StartsWith("bm:") || b.Data.StartsWith("unbm:"));
        Assert.Equal(("☆ Bookmark", "bm:A4-1"), (toggle.Label, toggle.Data));

        var outcome = await _engine.HandleCallbackAsync(new IncomingCallback(_chat, toggle.Data), CancellationToken.None);
        Assert.Contains("Bookmarked A4-1", outcome.Notice);

        var again = await Say("/talk A4-1");
        Assert.Contains(again.Buttons.SelectMany(r => r), b => b == new ReplyButton("★ Remove bookmark", "unbm:A4-1"));
    }

    [Fact]
    public async Task The_bookmark_commands_are_in_the_menu()
    {
        var names = _engine.MenuCommands.Select(c => c.Name).ToList();

        Assert.Superset(new HashSet<string> { "bookmark", "unbookmark", "agenda", "agenda_ics", "remind", "forget_me" }, names.ToHashSet());
    }

    private Task<Reply> Say(string text) => _engine.HandleMessageAsync(new IncomingMessage(_chat, text), CancellationToken.None);
}
