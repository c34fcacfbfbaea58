namespace Assistant.Tests.Bookmarks;

public sealed class BookmarkCardButtonsTests : IDisposable
{
    private readonly BookmarksHarness _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_card_button_shows_the_current_state_and_toggles()
    {
        var talk = TestProgram.A41;
        var alice = BookmarksHarness.Alice;

        var before = Assert.Single(await _app.CardButtons.GetButtonsAsync(alice, talk, CancellationToken.None));
        Assert.Equal(("☆ Bookmark", "bm:A4-1"), (before.Label, before.Data));

        await _app.PressAsync(before.Data);
        var after = Assert.Single(await _app.CardButtons.GetButtonsAsync(alice, talk, CancellationToken.None));
        Assert.Equal(("★ Remove bookmark", "unbm:A4-1"), (after.Label, after.Data));

        var outcome = await _app.PressAsync(after.Data);
        Assert.Contains("Removed A4-1", outcome.Notice);
        var again = Assert.Single(await _app.CardButtons.GetButtonsAsync(alice, talk, CancellationToken.None));
        Assert.Equal("bm:A4-1", again.Data);
    }

    [Fact]
    public async Task The_state_is_per_chat()
    {
        await _app.PressAsync("bm:A4-1");

        var bob = BookmarksHarness.Alice with { ChatId = 3003, UserId = 3003 };
        var button = Assert.Single(await _app.CardButtons.GetButtonsAsync(bob, TestProgram.A41, CancellationToken.None));

        Assert.Equal("bm:A4-1", button.Data);
    }
}
