using Assistant.Conversation;
using Assistant.ProgramData;
using Assistant.Reminders;
using Moq;

namespace Assistant.Tests.Reminders;

public sealed class ReloadCommandTests
{
    private static readonly Talk Talk = TestProgram.Talk("A4-1", TestProgram.Morning.AddHours(2));
    private readonly TestProgramProvider _programs = new(TestProgram.Of(Talk));
    private readonly Mock<IProgramReloader> _reloader = new();

    private ReloadCommand Command(params long[] adminIds) =>
        new(_reloader.Object, _programs, Microsoft.Extensions.Options.Options.Create(new AdminOptions { UserIds = [.. adminIds] }));

    [Fact]
    public async Task A_non_admin_is_told_the_command_is_for_organisers_and_nothing_is_reloaded()
    {
        var reply = await Command(99).ExecuteAsync(new ChatContext(5, 5) { FrontEnd = "telegram" }, "", CancellationToken.None);

        Assert.Equal(ReloadCommand.NotAllowed, reply.PlainText);
        _reloader.Verify(r => r.ReloadAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task A_failed_reload_keeps_the_program_and_shows_the_admin_why()
    {
        _reloader.Setup(r => r.ReloadAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(ProgramReloadResult.Failure("data/schedule.json:12: session A4 has no room"));

        var reply = await Command(99).ExecuteAsync(new ChatContext(99, 99) { FrontEnd = "telegram" }, "", CancellationToken.None);

        Assert.Contains("Reload failed; the program in force is unchanged.", reply.PlainText);
        Assert.Contains("data/schedule.json:12: session A4 has no room", reply.PlainText);
    }

    [Fact]
    public async Task The_console_user_may_reload_and_sees_what_moved()
    {
        var moved = Talk with { Start = Talk.Start.AddHours(1), End = Talk.End.AddHours(1) };
        var next = TestProgram.Of(moved);
        _reloader.Setup(r => r.ReloadAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(ProgramReloadResult.Success(next));

        var reply = await Command().ExecuteAsync(new ChatContext(1, 1), "", CancellationToken.None);

        Assert.Contains("Program reloaded: 0 added, 1 moved, 0 removed.", reply.PlainText);
        Assert.Contains("Moved: A4-1", reply.PlainText);
    }

    [Fact]
    public void A_telegram_user_with_the_console_user_s_id_is_not_an_admin() =>
        Assert.False(new AdminOptions().IsAdmin(new ChatContext(1, 1) { FrontEnd = "telegram" }));
}
