using System.Reflection;
using System.Text.RegularExpressions;

namespace Assistant.Storage;

/// <summary>One numbered schema change.</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>Embedded resources are named "Storage/Migrations/NNN_name.sql" (see the LogicalName in Assistant.Core.csproj).</summary>
    public const string ResourcePrefix = "Storage/Migrations/";

    private static readonly Regex FileName = new(@"^(?<version>\d+)_(?<name>[A-Za-z0-9_\-]+)\.sql$", RegexOptions.CultureInvariant);

    /// <summary>Every NNN_name.sql embedded in <paramref name="assembly"/> under Storage/Migrations, in version order.</summary>
    public static IReadOnlyList<Migration> FromAssembly(Assembly assembly)
    {
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal)) continue;
            var match = FileName.Match(resource[ResourcePrefix.Length..]);
            if (!match.Success)
                throw new InvalidOperationException($"Migration resource '{resource}' is not named NNN_name.sql.");
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(int.Parse(match.Groups["version"].Value), match.Groups["name"].Value, reader.ReadToEnd()));
        }
        return Ordered(migrations);
    }

    /// <summary>Sorts by version and refuses two scripts with the same number (two helpers picked the same one).</summary>
    public static IReadOnlyList<Migration> Ordered(IEnumerable<Migration> migrations)
    {
        var ordered = migrations.OrderBy(m => m.Version).ToList();
        var clash = ordered.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new InvalidOperationException(
                $"Migrations {string.Join(", ", clash.Select(m => $"{m.Version:000}_{m.Name}"))} share version {clash.Key}.");
        return ordered;
    }
}
