using Assistant.ProgramData;

namespace Assistant.Bench.Search;

/// <summary>The programs the search benchmarks run on, by name: the shipped one and synthetic ones of 1,000 and 10,000 talks.</summary>
internal static class BenchPrograms
{
    public const string Real = "Real";
    public const string Synthetic1000 = "Synthetic-1000";
    public const string Synthetic10000 = "Synthetic-10000";

    public static IEnumerable<string> All => [Real, Synthetic1000, Synthetic10000];

    public static ConferenceProgram Load(string name)
    {
        return name switch
        {
            Real => LoadReal(),
            Synthetic1000 => Synthetic(1_000),
            Synthetic10000 => Synthetic(10_000),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown program"),
        };
    }

    private static ConferenceProgram Synthetic(int talks) =>
        SyntheticProgram.FromBook(File.ReadAllText(RepoFiles.Find("data/abstract-book.txt"))).Generate(talks);

    private static ConferenceProgram LoadReal() => ProgramLoader.Load(new ProgramOptions
    {
        BookPath = RepoFiles.Find("data/abstract-book.txt"),
        SchedulePath = RepoFiles.Find("data/schedule.json"),
    }).Program;
}

/// <summary>A program provider that never changes, for benchmarks.</summary>
internal sealed class FixedProgramProvider(ConferenceProgram program) : IProgramProvider
{
    public ConferenceProgram Current => program;

    public event EventHandler<ProgramChangedEventArgs>? Changed
    {
        add { }
        remove { }
    }
}
