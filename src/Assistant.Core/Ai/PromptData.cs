using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Assistant.ProgramData;

namespace Assistant.Ai;

/// <summary>
/// Encodes program text and user text for the data blocks of a prompt. JSON with every HTML-sensitive character
/// escaped (&lt; &gt; &amp; ' " become \u003C ...): whatever an abstract or a question contains, it cannot close
/// its block or open a new message, and it reaches the model as a quoted string, not as instructions.
/// Chinese and other scripts stay readable (not \u-escaped).
/// </summary>
public static class PromptData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    public static string Encode<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>The fields the model sees for one talk; unreadable (OCR noise) titles and abstracts are left out rather than passed on.</summary>
    public static TalkData ForTalk(Talk talk, TimeZoneInfo zone)
    {
        var start = TimeZoneInfo.ConvertTime(talk.Start, zone);
        var end = TimeZoneInfo.ConvertTime(talk.End, zone);
        var speakers = talk.Speakers.Count > 0
            ? string.Join(", ", talk.Speakers.Select(s => s.Affiliation is { Length: > 0 } a ? $"{s.Name} ({a})" : s.Name))
            : null;
        return new TalkData(
            talk.Code,
            talk.TitleIsNoise || string.IsNullOrWhiteSpace(talk.Title) ? null : talk.Title.Trim(),
            speakers,
            talk.Day,
            start.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture),
            $"{start.ToString("HH:mm", CultureInfo.InvariantCulture)}-{end.ToString("HH:mm", CultureInfo.InvariantCulture)}",
            string.IsNullOrWhiteSpace(talk.Room) ? null : talk.Room,
            string.IsNullOrWhiteSpace(talk.SessionCode) ? null : talk.SessionCode,
            talk.AbstractIsNoise || string.IsNullOrWhiteSpace(talk.Abstract) ? null : talk.Abstract.Trim());
    }
}

/// <summary>One talk as the model sees it (serialised in snake_case).</summary>
public sealed record TalkData(string Code, string? Title, string? Speakers, int Day, string Date, string Time, string? Room, string? Session, string? Abstract);
