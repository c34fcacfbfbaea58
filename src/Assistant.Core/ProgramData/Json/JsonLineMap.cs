using System.Text;
using System.Text.Json;

namespace Assistant.ProgramData.Json;

/// <summary>
/// Where each value of a JSON document starts (1-based line and byte column), keyed by a path such as
/// <c>$.sessions[3].start</c>, so checks made after deserialising can still name the line.
/// </summary>
public sealed class JsonLineMap
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, (int Line, int Column)> _positions;

    private JsonLineMap(Dictionary<string, (int Line, int Column)> positions) => _positions = positions;

    /// <summary>Maps a document that has already parsed; an unreadable document yields an empty map.</summary>
    public static JsonLineMap Build(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n')
                lineStarts.Add(i + 1);

        var positions = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var stack = new List<(bool IsArray, string Name, int Index)>();
        try
        {
            var reader = new Utf8JsonReader(bytes, ReaderOptions);
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        stack[^1] = stack[^1] with { Name = reader.GetString() ?? "" };
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        positions[Path(stack)] = Locate(lineStarts, (int)reader.TokenStartIndex);
                        stack.Add((reader.TokenType == JsonTokenType.StartArray, "", 0));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        Advance(stack);
                        break;
                    default:
                        positions[Path(stack)] = Locate(lineStarts, (int)reader.TokenStartIndex);
                        Advance(stack);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The caller reports syntax errors from the deserialiser, which knows the line; a partial map is fine.
        }

        return new JsonLineMap(positions);
    }

    /// <summary>The position of <paramref name="path"/>, or of its nearest enclosing value that exists.</summary>
    public (int Line, int Column) Find(string path)
    {
        while (true)
        {
            if (_positions.TryGetValue(path, out var position))
                return position;
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
                return _positions.GetValueOrDefault("$", (1, 1));
            path = path[..cut];
        }
    }

    public int Line(string path) => Find(path).Line;

    private static void Advance(List<(bool IsArray, string Name, int Index)> stack)
    {
        if (stack.Count > 0 && stack[^1].IsArray)
            stack[^1] = stack[^1] with { Index = stack[^1].Index + 1 };
    }

    private static string Path(List<(bool IsArray, string Name, int Index)> stack)
    {
        var sb = new StringBuilder("$");
        foreach (var (isArray, name, index) in stack)
            sb.Append(isArray ? $"[{index}]" : "." + name);
        return sb.ToString();
    }

    private static (int, int) Locate(List<int> lineStarts, int offset)
    {
        var line = lineStarts.BinarySearch(offset);
        if (line < 0)
            line = ~line - 1;
        return (line + 1, offset - lineStarts[line] + 1);
    }
}
