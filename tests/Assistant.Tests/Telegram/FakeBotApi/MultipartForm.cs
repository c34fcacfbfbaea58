using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Tests.Telegram.FakeBotApi;

/// <summary>Just enough multipart/form-data parsing for what Telegram.Bot sends (text fields and files).</summary>
internal static partial class MultipartForm
{
    public static (List<KeyValuePair<string, string>> Fields, List<FakeBotApiFile> Files) Parse(byte[] body, string contentType)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var files = new List<FakeBotApiFile>();
        var boundaryMatch = Boundary().Match(contentType);
        if (!boundaryMatch.Success) return (fields, files);

        var delimiter = Encoding.ASCII.GetBytes("--" + boundaryMatch.Groups["b"].Value);
        var data = body.AsSpan();
        var start = data.IndexOf(delimiter);
        while (start >= 0)
        {
            var afterDelimiter = start + delimiter.Length;
            if (afterDelimiter + 2 > data.Length || data.Slice(afterDelimiter, 2).SequenceEqual("--"u8)) break;
            var partStart = afterDelimiter + 2; // CRLF
            var relativeEnd = data[partStart..].IndexOf(delimiter);
            if (relativeEnd < 0) break;
            var part = data.Slice(partStart, Math.Max(0, relativeEnd - 2)); // drop the CRLF before the next delimiter
            ReadPart(part, fields, files);
            start = partStart + relativeEnd;
        }
        return (fields, files);
    }

    private static void ReadPart(ReadOnlySpan<byte> part, List<KeyValuePair<string, string>> fields, List<FakeBotApiFile> files)
    {
        var headerEnd = part.IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0) return;
        var headers = Encoding.UTF8.GetString(part[..headerEnd]);
        var content = part[(headerEnd + 4)..].ToArray();

        var name = Header(headers, Name());
        if (name is null) return;
        var fileName = Header(headers, FileNameStar()) is { } encoded ? Uri.UnescapeDataString(encoded) : Header(headers, FileName());
        var type = ContentType().Match(headers) is { Success: true } m ? m.Groups["v"].Value.Trim() : null;

        if (fileName is null) fields.Add(new(name, Encoding.UTF8.GetString(content)));
        else files.Add(new FakeBotApiFile(name, fileName, type, content));
    }

    private static string? Header(string headers, Regex regex) => regex.Match(headers) is { Success: true } m ? m.Groups["v"].Value : null;

    [GeneratedRegex("boundary=\"?(?<b>[^\";]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();

    [GeneratedRegex("[; ]name=\"?(?<v>[^\";\r\n]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex Name();

    [GeneratedRegex("[; ]filename=\"?(?<v>[^\";\r\n]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    [GeneratedRegex("filename\\*=(?:utf-8'')?(?<v>[^;\r\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex FileNameStar();

    [GeneratedRegex("^Content-Type:(?<v>[^\r\n]+)", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex ContentType();
}
