using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.ProgramData.Json;

/// <summary>Shared JSON settings and the translation of <see cref="JsonException"/> into a located issue.</summary>
internal static partial class JsonSource
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Deserialises <paramref name="json"/> or throws <see cref="ProgramLoadException"/> naming file, line and column.</summary>
    public static T Deserialize<T>(string json, string file)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                   ?? throw new ProgramLoadException(new ProgramIssue(file, 1, "the file holds JSON null, expected an object"));
        }
        catch (JsonException e)
        {
            // LineNumber and BytePositionInLine are 0-based; people count from 1.
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            var problem = Describe(e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.', ' '));
            if (!string.IsNullOrEmpty(e.Path) && e.Path != "$")
                problem += $" (at {e.Path})";
            throw new ProgramLoadException(new ProgramIssue(file, line, problem, column));
        }
    }

    // The serializer speaks of .NET types; an organiser editing the file needs to know what to write instead.
    private static string Describe(string message)
    {
        var unmapped = UnmappedProperty().Match(message);
        if (unmapped.Success)
            return $"unknown property '{unmapped.Groups[1].Value}' (check its spelling against data/README.md)";
        var converted = NotConvertible().Match(message);
        if (converted.Success)
        {
            var expected = converted.Groups[1].Value switch
            {
                "System.Int32" or "System.Nullable`1[System.Int32]" => "a whole number",
                "System.DateOnly" => "a date like \"2027-05-20\"",
                "System.Nullable`1[System.DateTimeOffset]" or "System.DateTimeOffset" => "a time with offset like \"2027-05-20T10:00:00+08:00\"",
                "System.Nullable`1[System.Boolean]" or "System.Boolean" => "true or false",
                "System.String" => "a string in quotes",
                var other when other.Contains("List`1") => "a list [ ... ]",
                _ => "an object { ... }",
            };
            return $"wrong kind of value: expected {expected}";
        }

        return message;
    }

    [GeneratedRegex("The JSON property '([^']*)' could not be mapped")]
    private static partial Regex UnmappedProperty();

    [GeneratedRegex(@"The JSON value could not be converted to (\S+)")]
    private static partial Regex NotConvertible();
}
