namespace Assistant.Hosting;

/// <summary>Finds a file of the source tree (an evaluation set, say) from wherever a command is run inside the repository.</summary>
public static class RepositoryFile
{
    /// <summary>
    /// Looks for <paramref name="relativePath"/> under <paramref name="start"/> (the current directory when null) and each
    /// of its parents, then under the application's directory and its parents; null when it is nowhere.
    /// </summary>
    public static string? Find(string relativePath, string? start = null)
    {
        foreach (var origin in new[] { start ?? Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(origin); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relativePath);
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }
}
