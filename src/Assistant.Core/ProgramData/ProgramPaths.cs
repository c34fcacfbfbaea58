namespace Assistant.ProgramData;

/// <summary>Resolves a configured program path: as given when absolute, else against the current directory, then next to the binary.</summary>
public static class ProgramPaths
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path))
            return path;
        var fromCurrent = Path.GetFullPath(path);
        if (File.Exists(fromCurrent))
            return fromCurrent;
        var fromBinary = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, path));
        return File.Exists(fromBinary) ? fromBinary : fromCurrent;
    }

    /// <summary>Reads a program file, or throws <see cref="ProgramLoadException"/> naming the path as configured.</summary>
    internal static string ReadAllText(string configuredPath)
    {
        var resolved = Resolve(configuredPath);
        try
        {
            return File.ReadAllText(resolved);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // No inner exception: the message says it all, and the host logs the chain with stack traces.
            var looked = new[] { resolved, Path.GetFullPath(configuredPath), Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, configuredPath)) }
                .Distinct();
            throw new ProgramLoadException(new ProgramIssue(configuredPath, 0, $"file not found (looked for {string.Join(" and ", looked)})"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProgramLoadException(new ProgramIssue(configuredPath, 0, $"cannot read the file: {e.Message}"));
        }
    }
}
