using Assistant.ProgramData;
using Microsoft.Extensions.Logging;

namespace Assistant.Search;

/// <summary>
/// <see cref="ITalkSearch"/> over an in-memory Lucene index of <see cref="IProgramProvider.Current"/>,
/// rebuilt and swapped atomically whenever the program changes; searches never see a half-built index.
/// </summary>
public sealed partial class LuceneTalkSearch : ITalkSearch, IDisposable
{
    private readonly IProgramProvider _programs;
    private readonly ILogger<LuceneTalkSearch> _logger;
    private readonly Lock _rebuild = new();
    private TalkIndex _index;

    public LuceneTalkSearch(IProgramProvider programs, ILogger<LuceneTalkSearch> logger)
    {
        _programs = programs;
        _logger = logger;
        _index = TalkIndex.Build(programs.Current);
        programs.Changed += OnProgramChanged;
    }

    /// <summary>The program the current index was built from.</summary>
    public ConferenceProgram Program => Volatile.Read(ref _index).Program;

    public IReadOnlyList<SearchHit> Search(string query, int limit = 5)
    {
        var index = Acquire();
        try
        {
            return ProgramQuery.Run(index, query, limit);
        }
        finally
        {
            index.Return();
        }
    }

    public Talk? FindCode(string text) => TalkCodeParser.Find(Program, text)?.Talk;

    public void Dispose()
    {
        _programs.Changed -= OnProgramChanged;
        lock (_rebuild)
            Volatile.Read(ref _index).Release();
    }

    private TalkIndex Acquire()
    {
        while (true)
        {
            var index = Volatile.Read(ref _index);
            if (index.TryAcquire())
                return index;
            // Released between the read and the acquire: the field already holds its successor, unless disposed.
            ObjectDisposedException.ThrowIf(ReferenceEquals(index, Volatile.Read(ref _index)), this);
        }
    }

    private void OnProgramChanged(object? sender, ProgramChangedEventArgs e)
    {
        lock (_rebuild)
        {
            // Build from the provider, not the event: if two reloads race, the last program wins.
            var program = _programs.Current;
            try
            {
                var fresh = TalkIndex.Build(program);
                var old = Interlocked.Exchange(ref _index, fresh);
                old.Release();
                LogRebuilt(program.Talks.Count);
            }
            catch (Exception ex)
            {
                LogRebuildFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt: {TalkCount} talks")]
    private partial void LogRebuilt(int talkCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Search index rebuild failed; searches keep the previous program")]
    private partial void LogRebuildFailed(Exception exception);
}
