using System.Text.Json;
using System.Text.Json.Nodes;

namespace Assistant.Tests.Telegram.FakeBotApi;

/// <summary>One request the fake server received: the method, its parameters (JSON body, form fields or query) and uploaded files.</summary>
public sealed record FakeBotApiRequest(
    string Method,
    JsonObject Parameters,
    IReadOnlyList<FakeBotApiFile> Files,
    DateTimeOffset ReceivedAt,
    FakeFailure? Failure)
{
    public JsonNode? this[string name] => Parameters[name];

    /// <summary>"chat_id" as a number (Telegram.Bot sends it as a number, forms as text).</summary>
    public long? ChatId => Long("chat_id");

    /// <summary>"text" of sendMessage / editMessageText.</summary>
    public string? Text => String("text");

    public string? ParseMode => String("parse_mode");

    /// <summary>The inline keyboard of "reply_markup", row by row; empty when there is none.</summary>
    public IReadOnlyList<IReadOnlyList<FakeInlineButton>> InlineKeyboard =>
        Parameters["reply_markup"] is JsonObject markup && markup["inline_keyboard"] is JsonArray rows
            ? [.. rows.OfType<JsonArray>().Select(row => (IReadOnlyList<FakeInlineButton>)[.. row.OfType<JsonObject>()
                .Select(b => new FakeInlineButton(AsString(b["text"]) ?? "", AsString(b["callback_data"]), AsString(b["url"])))])]
            : [];

    public string? String(string name) => AsString(Parameters[name]);

    public long? Long(string name) => Parameters[name] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<long>(),
        JsonValue value when long.TryParse(AsString(value), out var parsed) => parsed,
        _ => null,
    };

    public bool? Bool(string name) => Parameters[name] switch
    {
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
        JsonValue value when bool.TryParse(AsString(value), out var parsed) => parsed,
        _ => null,
    };

    public override string ToString() => $"{Method} {Parameters.ToJsonString()}";

    private static string? AsString(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}

/// <summary>A file uploaded in a multipart request (sendDocument and friends).</summary>
public sealed record FakeBotApiFile(string FieldName, string? FileName, string? ContentType, byte[] Content);

/// <summary>One inline keyboard button as sent by the bot.</summary>
public sealed record FakeInlineButton(string Text, string? CallbackData, string? Url);
