using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.Storage;

/// <summary>Registers the database, its migrations and the stores.</summary>
public static class StorageRegistration
{
    /// <summary>SQLite database (section "Storage"), migrations at start-up, and the user and bookmark stores.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new MigrationRunner(
            Migration.FromAssembly(typeof(StorageRegistration).Assembly),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<MigrationRunner>>()));
        services.TryAddSingleton<ISqlConnectionFactory, SqliteConnectionFactory>();
        services.TryAddSingleton<IUserStore, SqlUserStore>();
        services.TryAddSingleton<IBookmarkStore, SqlBookmarkStore>();

        // Hosted services start in registration order: put migrations first, whatever order Program.cs calls AddX in.
        if (!services.Any(d => d.ImplementationType == typeof(StorageInitializer)))
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StorageInitializer>());
        return builder;
    }
}
