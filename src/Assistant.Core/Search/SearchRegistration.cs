using Assistant.Hosting;
using Assistant.Search.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Assistant.Search;

/// <summary>Registers talk search over the current program (needs an <c>IProgramProvider</c>) and the <c>eval-search</c> command.</summary>
public static class SearchRegistration
{
    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LuceneTalkSearch>();
        builder.Services.AddSingleton<ITalkSearch>(sp => sp.GetRequiredService<LuceneTalkSearch>());
        builder.Services.AddSingleton<ICliCommand, EvalSearchCommand>();
        return builder;
    }
}
