using Assistant.Conversation;
using Assistant.ProgramData;
using Assistant.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Tests.Conversation;

/// <summary>The real conversation registration over a fixed program, a tiny search and a fake clock.</summary>
internal static class TestHost
{
    public static ServiceProvider Services(
        FakeTimeProvider? time = null,
        Action<IServiceCollection>? configure = null,
        ConferenceProgram? program = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging();
        builder.Services.AddSingleton<TimeProvider>(time ?? new FakeTimeProvider(TestProgram.At(1, 0).AddDays(-200)));
        builder.Services.AddSingleton<IProgramProvider>(new FixedProgram(program ?? TestProgram.Build()));
        builder.Services.AddSingleton<ITalkSearch, TinySearch>();
        builder.AddConversation();
        configure?.Invoke(builder.Services);
        return builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static IConversation Engine(FakeTimeProvider? time = null, Action<IServiceCollection>? configure = null) =>
        Services(time, configure).GetRequiredService<IConversation>();

    public static readonly ChatContext Chat = new(42, 42, "en") { FrontEnd = "test" };

    public static Task<Reply> Say(this IConversation engine, string text) =>
        engine.HandleMessageAsync(new IncomingMessage(Chat, text), CancellationToken.None);

    public static Task<CallbackOutcome> Press(this IConversation engine, string data) =>
        engine.HandleCallbackAsync(new IncomingCallback(Chat, data), CancellationToken.None);

    public static IReadOnlyList<ReplyButton> AllButtons(this Reply reply) => reply.Buttons.SelectMany(r => r).ToList();
}
