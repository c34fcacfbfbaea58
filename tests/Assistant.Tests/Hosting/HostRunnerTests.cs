using Assistant.Hosting;
using Assistant.ProgramData;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.Tests.Hosting;

public sealed class HostRunnerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("assistant-host-runner-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_broken_timetable_stops_start_up_with_the_configuration_exit_code_and_no_stack_trace()
    {
        var schedule = Path.Combine(_dir, "schedule.json");
        await File.WriteAllTextAsync(schedule, "{ broken");
        var builder = NewBuilder(new() { ["Program:SchedulePath"] = schedule });
        builder.AddProgramData();
        using var host = builder.Build();
        var error = new StringWriter();

        var exitCode = await host.RunToExitCodeAsync(error);

        Assert.Equal(HostRunner.ConfigurationError, exitCode);
        Assert.Equal("", error.ToString()); // the loader's own critical log line names file and line; nothing is repeated
    }

    [Fact]
    public async Task An_invalid_setting_is_reported_in_one_line_naming_it()
    {
        var builder = NewBuilder([]);
        builder.Services.AddOptions<object>("demo").Validate(_ => false, "Demo:Value must be set.").ValidateOnStart();
        using var host = builder.Build();
        var error = new StringWriter();

        var exitCode = await host.RunToExitCodeAsync(error);

        Assert.Equal(HostRunner.ConfigurationError, exitCode);
        var text = error.ToString();
        Assert.Contains("Assistant cannot start: Demo:Value must be set.", text);
        Assert.DoesNotContain("   at ", text);
    }

    private static HostApplicationBuilder NewBuilder(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        return builder;
    }
}
