using Assistant.ProgramData;
using Assistant.Reminders;
using Assistant.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;

namespace Assistant.Tests.Bookmarks;

public sealed class BookmarkCommandTests : IDisposable
{
    private readonly Mock<IReminderPlanner> _planner = new();
    private readonly BookmarksHarness _app;

    public BookmarkCommandTests() => _app = new BookmarksHarness(_planner.Object);

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Bookmarking_a_talk_that_overlaps_one_already_bookmarked_says_so_at_once()
    {
        await _app.SendAsync("/bookmark B4-2");

        var reply = await _app.SendAsync("/bookmark A4-1");

        Assert.StartsWith("Bookmarked A4-1. Note: it overlaps B4-2 (10:00–10:30, Room 2).", reply.PlainText);
    }

    [Fact]
    public async Task Back_to_back_talks_do_not_count_as_overlapping()
    {
        await _app.SendAsync("/bookmark A4-1");

        var reply = await _app.SendAsync("/bookmark A4-2");

        Assert.DoesNotContain("overlaps", reply.PlainText);
    }

    [Fact]
    public async Task A_code_typed_loosely_is_understood()
    {
        var reply = await _app.SendAsync("/bookmark  a4 1 ");

        Assert.StartsWith("Bookmarked A4-1.", reply.PlainText);
        Assert.Equal(["A4-1"], await _app.Bookmarks.ListAsync(BookmarksHarness.Alice.ChatId, CancellationToken.None));
    }

    [Fact]
    public async Task The_search_features_code_recogniser_is_used_when_registered()
    {
        var search = new Mock<ITalkSearch>();
        search.Setup(s => s.FindCode("talk number two of A4")).Returns(TestProgram.A42);
        using var app = new BookmarksHarness(search: search.Object);

        var reply = await app.SendAsync("/bookmark talk number two of A4");

        Assert.StartsWith("Bookmarked A4-2.", reply.PlainText);
    }

    [Fact]
    public async Task An_unknown_code_stores_nothing_and_says_why()
    {
        var reply = await _app.SendAsync("/bookmark Z9-9");

        Assert.Contains("No talk has the code “Z9-9”", reply.PlainText);
        Assert.Empty(await _app.Bookmarks.ListAsync(BookmarksHarness.Alice.ChatId, CancellationToken.None));
    }

    [Fact]
    public async Task Without_a_code_the_command_explains_its_use()
    {
        var reply = await _app.SendAsync("/bookmark");

        Assert.Contains("/bookmark A4-1", reply.PlainText);
    }

    [Fact]
    public async Task Bookmarking_twice_keeps_one_bookmark_and_tells_the_planner_once()
    {
        await _app.SendAsync("/bookmark A4-1");
        var second = await _app.SendAsync("/bookmark A4-1");

        Assert.Contains("already bookmarked", second.PlainText);
        _planner.Verify(p => p.BookmarkAddedAsync(BookmarksHarness.Alice.ChatId, TestProgram.A41, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Unbookmark_removes_the_bookmark_and_tells_the_planner()
    {
        await _app.SendAsync("/bookmark A4-1");

        var reply = await _app.SendAsync("/unbookmark a4-1");

        Assert.Contains("Removed the bookmark on A4-1", reply.PlainText);
        Assert.Empty(await _app.Bookmarks.ListAsync(BookmarksHarness.Alice.ChatId, CancellationToken.None));
        _planner.Verify(p => p.BookmarkRemovedAsync(BookmarksHarness.Alice.ChatId, TestProgram.A41, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Unbookmark_of_a_talk_not_bookmarked_says_so()
    {
        var reply = await _app.SendAsync("/unbookmark A4-1");

        Assert.Contains("A4-1 was not bookmarked", reply.PlainText);
        _planner.Verify(p => p.BookmarkRemovedAsync(It.IsAny<long>(), It.IsAny<Talk>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_cancelled_talk_can_still_be_unbookmarked_by_its_code()
    {
        await _app.SendAsync("/bookmark C1-1");
        _app.Programs.Replace(TestProgram.Create(TestProgram.A41, TestProgram.A42, TestProgram.B42));

        var reply = await _app.SendAsync("/unbookmark c1-1");

        Assert.Contains("Removed the bookmark on C1-1", reply.PlainText);
        Assert.Empty(await _app.Bookmarks.ListAsync(BookmarksHarness.Alice.ChatId, CancellationToken.None));
    }

    [Fact]
    public async Task Every_command_creates_the_user_with_the_chats_language()
    {
        var chat = BookmarksHarness.Alice with { ChatId = 2002, UserId = 2002, LanguageCode = "zh-hans" };

        await _app.SendAsync("/agenda", chat);

        var user = await _app.Users.FindAsync(2002, CancellationToken.None);
        Assert.Equal("zh-hans", user?.LanguageCode);
    }

    [Fact]
    public async Task The_bookmark_button_toasts_and_replies_with_the_clash()
    {
        await _app.PressAsync("bm:B4-2");

        var outcome = await _app.PressAsync("bm:A4-1");

        Assert.Contains("Bookmarked A4-1", outcome.Notice);
        Assert.Contains("Note: it overlaps B4-2", outcome.Reply!.PlainText);
        Assert.Contains(outcome.Reply.AllButtons(), b => b.Data == "unbm:A4-1");
    }

    [Fact]
    public async Task A_forged_or_stale_bookmark_button_gets_a_polite_toast()
    {
        var outcome = await _app.PressAsync("bm:NOPE-1");

        Assert.Null(outcome.Reply);
        Assert.Contains("no longer in the program", outcome.Notice);
    }

    [Fact]
    public async Task A_talk_overlapping_two_bookmarks_names_both()
    {
        var overlapping = TestProgram.A41 with { Id = "D1-1", Code = "D1-1", Room = "Room 4", End = TestProgram.A42.End };
        using var app = new BookmarksHarness(program: TestProgram.Create(TestProgram.A41, TestProgram.A42, overlapping));
        await app.SendAsync("/bookmark A4-1");
        await app.SendAsync("/bookmark A4-2");

        var reply = await app.SendAsync("/bookmark D1-1");

        Assert.StartsWith("Bookmarked D1-1. Note: it overlaps A4-1 (10:00–10:30, Room 1) and A4-2 (10:30–11:00, Room 1).", reply.PlainText);
    }

    [Fact]
    public async Task A_planner_registered_after_AddBookmarks_with_TryAdd_is_the_one_told()
    {
        var planner = new Mock<IReminderPlanner>();
        using var app = new BookmarksHarness(registerAfter: s => s.TryAddSingleton(planner.Object));

        await app.SendAsync("/bookmark A4-1");

        planner.Verify(p => p.BookmarkAddedAsync(BookmarksHarness.Alice.ChatId, TestProgram.A41, It.IsAny<CancellationToken>()), Times.Once);
    }
}
