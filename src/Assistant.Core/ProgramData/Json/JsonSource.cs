using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.ProgramData.Json;

/// <summary>Shared JSON settings and the translation of <see cref="JsonException"/> into a located issue.</summary>
internal static class JsonSource
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
            var problem = e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.', ' ');
            if (!string.IsNullOrEmpty(e.Path) && e.Path != "$")
                problem += $" (at {e.Path})";
            throw new ProgramLoadException(new ProgramIssue(file, line, problem, column), e);
        }
    }
}
