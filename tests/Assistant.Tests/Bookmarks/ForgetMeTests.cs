namespace Assistant.Tests.Bookmarks;

public sealed class ForgetMeTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly BookmarksHarness _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Forget_me_asks_first_and_yes_deletes_everything()
    {
        var alice = BookmarksHarness.Alice;
        await _app.SendAsync("/bookmark A4-1");
        await _app.SendAsync("/remind 30");

        var question = await _app.SendAsync("/forget_me");
        Assert.Equal(["Yes, delete everything", "Cancel"], question.AllButtons().Select(b => b.Label));
        Assert.NotNull(await _app.Users.FindAsync(alice.ChatId, None));

        var outcome = await _app.PressAsync(question.AllButtons().First().Data);

        Assert.Contains("deleted", outcome.Reply!.PlainText);
        Assert.Null(await _app.Users.FindAsync(alice.ChatId, None));
        Assert.Empty(await _app.Bookmarks.ListAsync(alice.ChatId, None));
    }

    [Fact]
    public async Task Cancel_deletes_nothing()
    {
        await _app.SendAsync("/bookmark A4-1");
        var question = await _app.SendAsync("/forget_me");

        var outcome = await _app.PressAsync(question.AllButtons().Single(b => b.Label == "Cancel").Data);

        Assert.Contains("Nothing was deleted", outcome.Reply!.PlainText);
        Assert.Equal(["A4-1"], await _app.Bookmarks.ListAsync(BookmarksHarness.Alice.ChatId, None));
    }

    [Fact]
    public async Task Only_the_user_who_asked_can_confirm()
    {
        await _app.SendAsync("/bookmark A4-1");
        var question = await _app.SendAsync("/forget_me");
        var someoneElseInTheChat = BookmarksHarness.Alice with { UserId = 4004 };

        var outcome = await _app.PressAsync(question.AllButtons().First().Data, someoneElseInTheChat);

        Assert.Null(outcome.Reply);
        Assert.Contains("Only the person who sent /forget_me", outcome.Notice);
        Assert.Equal(["A4-1"], await _app.Bookmarks.ListAsync(BookmarksHarness.Alice.ChatId, None));
    }

    [Theory]
    [InlineData("forget:yes")]
    [InlineData("forget:yes:abc")]
    [InlineData("forget:maybe:1001")]
    public async Task Malformed_confirmations_delete_nothing(string data)
    {
        await _app.SendAsync("/bookmark A4-1");

        var outcome = await _app.PressAsync(data);

        Assert.Null(outcome.Reply);
        Assert.Equal(["A4-1"], await _app.Bookmarks.ListAsync(BookmarksHarness.Alice.ChatId, None));
    }
}
