namespace Assistant.Tests;

/// <summary>Finds the repository (the directory holding Assistant.sln) from the test binary, for the real data files.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>A file under data/, e.g. <c>Data("abstract-book.txt")</c>.</summary>
    public static string Data(string name) => Path.Combine(RepoRoot, "data", name);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Assistant.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No Assistant.sln above {AppContext.BaseDirectory}");
    }
}
