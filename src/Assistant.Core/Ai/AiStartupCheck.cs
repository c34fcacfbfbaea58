using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Assistant.Ai;

/// <summary>Loads the prompt files and builds the kernel when the host starts, so a missing or malformed prompt stops start-up, naming the file.</summary>
internal sealed class AiStartupCheck(IServiceProvider services, IOptions<AiOptions> options, ILogger<AiStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var prompts = services.GetRequiredService<PromptLibrary>();
        services.GetRequiredService<Kernel>();
        logger.LogInformation("Language model enabled ({Options}); prompts from {Directory}", options.Value, prompts.Directory);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
