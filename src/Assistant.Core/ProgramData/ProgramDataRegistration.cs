using Assistant.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Assistant.ProgramData;

/// <summary>Registers the program: options, the provider (also the reloader), the file watcher and export-program.</summary>
public static class ProgramDataRegistration
{
    public static IHostApplicationBuilder AddProgramData(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ProgramOptions>()
            .BindConfiguration(ProgramOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ProgramProvider>();
        services.AddSingleton<IProgramProvider>(sp => sp.GetRequiredService<ProgramProvider>());
        services.AddSingleton<IProgramReloader>(sp => sp.GetRequiredService<ProgramProvider>());
        services.AddHostedService<ProgramFileWatcher>();
        services.AddSingleton<ICliCommand, ExportProgramCommand>();
        return builder;
    }
}
