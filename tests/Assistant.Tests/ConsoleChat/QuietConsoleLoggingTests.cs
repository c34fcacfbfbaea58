using Assistant.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Assistant.Tests.ConsoleChat;

public sealed class QuietConsoleLoggingTests : IDisposable
{
    private readonly string _settings = Path.Combine(Path.GetTempPath(), $"appsettings-{Guid.NewGuid():N}.json");

    public QuietConsoleLoggingTests() =>
        File.WriteAllText(_settings, """{ "Logging": { "LogLevel": { "Default": "Information" } } }""");

    [Fact]
    public void Console_modes_default_to_warning_over_appsettings_and_log_to_stderr()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonFile(_settings);
        builder.Logging.AddConsole();

        builder.LogToStandardError();

        Assert.Equal("Warning", builder.Configuration["Logging:LogLevel:Default"]);
        using var services = builder.Services.BuildServiceProvider();
        Assert.Equal(LogLevel.Trace, services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.LogToStandardErrorThreshold);
    }

    [Fact]
    public void A_level_set_on_the_command_line_still_wins()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddJsonFile(_settings);
        builder.Configuration.AddCommandLine(["--Logging:LogLevel:Default=Debug"]);

        builder.LogToStandardError();

        Assert.Equal("Debug", builder.Configuration["Logging:LogLevel:Default"]);
    }

    [Fact]
    public void Works_without_any_settings_file()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());

        builder.LogToStandardError();

        Assert.Equal("Warning", builder.Configuration["Logging:LogLevel:Default"]);
    }

    public void Dispose() => File.Delete(_settings);
}
