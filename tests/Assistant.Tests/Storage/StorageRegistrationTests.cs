using Assistant.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Assistant.Tests.Storage;

public sealed class StorageRegistrationTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "assistant-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Host_start_migrates_the_configured_file_before_other_hosted_services()
    {
        var path = Path.Combine(_directory, "state", "assistant.db");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = path });
        builder.Services.AddHostedService<ProbeService>(); // registered before AddStorage on purpose
        builder.AddStorage();

        using var host = builder.Build();
        await host.StartAsync();
        var probe = host.Services.GetServices<IHostedService>().OfType<ProbeService>().Single();
        await host.StopAsync();

        Assert.True(probe.SawMigratedFile);
        Assert.Equal(Path.GetFullPath(path), host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.FullPath);
        Assert.Contains(Path.GetFullPath(path), host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString);
    }

    [Fact]
    public async Task An_empty_database_path_fails_start_up_naming_the_setting()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = "" });
        builder.AddStorage();

        using var host = builder.Build();
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("DatabasePath", ex.Message);
    }

    private sealed class ProbeService(IOptions<StorageOptions> options) : IHostedService
    {
        public bool SawMigratedFile { get; private set; }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            if (!File.Exists(options.Value.FullPath)) return;
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(options.Value.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM schema_migrations WHERE version = 1";
            SawMigratedFile = (long)(await command.ExecuteScalarAsync(cancellationToken))! == 1;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
