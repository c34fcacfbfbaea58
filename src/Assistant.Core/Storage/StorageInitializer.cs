using Microsoft.Extensions.Hosting;

namespace Assistant.Storage;

/// <summary>Migrates at start-up, before any other hosted service (Quartz included) touches the file, and fails start-up if it cannot.</summary>
internal sealed class StorageInitializer(ISqlConnectionFactory factory) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => factory.EnsureMigratedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
