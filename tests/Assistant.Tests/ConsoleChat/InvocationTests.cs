using Assistant.Hosting;
using Microsoft.Extensions.Hosting;

namespace Assistant.Tests.ConsoleChat;

public sealed class InvocationTests
{
    [Fact]
    public void No_arguments_means_no_verb()
    {
        var invocation = Invocation.Parse([]);

        Assert.Null(invocation.Verb);
        Assert.Empty(invocation.HostArguments);
    }

    [Fact]
    public void Host_options_before_the_verb_and_program_starts_in_anywhere_go_to_configuration()
    {
        var invocation = Invocation.Parse(["--Logging:LogLevel:Default", "Debug", "search", "a=b -x", "--json", "--program-starts-in", "2h"]);

        Assert.Equal("search", invocation.Verb);
        Assert.Equal(["a=b -x", "--json"], invocation.VerbArguments);
        Assert.Equal(["--Logging:LogLevel:Default", "Debug", "--program-starts-in", "2h"], invocation.HostArguments);
    }

    [Theory]
    [InlineData("--program-starts-in", "90m")]
    [InlineData("--program-starts-in=90m", null)]
    public void Program_starts_in_maps_to_its_configuration_key(string option, string? value)
    {
        string[] args = value is null ? [option] : [option, value];
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());

        builder.AddHostArguments(Invocation.Parse(args));

        Assert.Equal("90m", builder.Configuration[HostArguments.StartsInKey]);
        Assert.Equal(FrontEnd.Console, builder.Choose(Invocation.Parse(args)));
    }

    [Fact]
    public void A_verb_chooses_one_shot_and_a_bot_token_chooses_telegram()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration[HostArguments.TelegramTokenKey] = "123:abc";

        Assert.Equal(FrontEnd.OneShot, builder.Choose(Invocation.Parse(["ask", "hi"])));
        Assert.Equal(FrontEnd.Telegram, builder.Choose(Invocation.Parse([])));
    }
}
