namespace Assistant.Hosting;

/// <summary>
/// The command line split in two: host options ("--program-starts-in 2h", "--Section:Key=value") that go to
/// configuration, and an optional one-shot verb with its own arguments, which must not.
/// </summary>
public sealed record Invocation(IReadOnlyList<string> HostArguments, string? Verb, IReadOnlyList<string> VerbArguments)
{
    /// <summary>Options read anywhere on the line, even after the verb, because scripts put them last.</summary>
    private static readonly HashSet<string> HostOptionsWithValue = new(StringComparer.OrdinalIgnoreCase) { "--program-starts-in" };

    public static Invocation Parse(IReadOnlyList<string> args)
    {
        var host = new List<string>();
        var verbArguments = new List<string>();
        string? verb = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var name = arg.Split('=', 2)[0];
            if (HostOptionsWithValue.Contains(name))
            {
                host.Add(arg);
                if (!arg.Contains('=') && i + 1 < args.Count) host.Add(args[++i]);
            }
            else if (verb is not null)
            {
                verbArguments.Add(arg);
            }
            else if (arg.StartsWith('-'))
            {
                // Before the verb, "--key value" and "--key=value" are host configuration.
                host.Add(arg);
                if (!arg.Contains('=') && i + 1 < args.Count && !args[i + 1].StartsWith('-')) host.Add(args[++i]);
            }
            else
            {
                verb = arg;
            }
        }
        return new Invocation(host, verb, verbArguments);
    }
}
