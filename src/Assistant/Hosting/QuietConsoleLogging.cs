using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Assistant.Hosting;

/// <summary>In console and one-shot modes stdout is the conversation (or a script's input): logs go to stderr, Warning and up.</summary>
public static class QuietConsoleLogging
{
    public static IHostApplicationBuilder LogToStandardError(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        // The default level goes in right after the JSON files, so appsettings' "Information" gives way to it but
        // an environment variable or --Logging:LogLevel:Default=Debug still wins.
        var sources = builder.Configuration.Sources;
        var afterJson = 0;
        for (var i = 0; i < sources.Count; i++)
            if (sources[i] is JsonConfigurationSource) afterJson = i + 1;
        sources.Insert(afterJson, new MemoryConfigurationSource
        {
            InitialData = [new("Logging:LogLevel:Default", "Warning"), new("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning")],
        });
        return builder;
    }
}
