namespace Assistant.Bench;

/// <summary>Finds files of the repository from wherever BenchmarkDotNet starts its child process.</summary>
internal static class RepoFiles
{
    public static string Find(string relativePath)
    {
        foreach (var origin in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relativePath);
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        throw new FileNotFoundException($"{relativePath} not found above {Directory.GetCurrentDirectory()}");
    }
}
