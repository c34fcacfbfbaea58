using Assistant.Hosting;
using Assistant.ProgramData;
using Assistant.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Assistant.Tests.Search;

public sealed class SearchRegistrationTests
{
    [Fact]
    public void AddSearch_registers_one_search_over_the_provided_program_and_the_eval_command()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<IProgramProvider>(new SwappableProgramProvider(SearchTestProgram.Standard()));

        builder.AddSearch();
        using var host = builder.Build();

        var search = host.Services.GetRequiredService<ITalkSearch>();
        Assert.Same(search, host.Services.GetRequiredService<ITalkSearch>());
        Assert.Equal("A4-1", search.Search("sinkhorn").Single().Talk.Code);
        Assert.Contains(host.Services.GetServices<ICliCommand>(), c => c.Verb == "eval-search");
    }
}
