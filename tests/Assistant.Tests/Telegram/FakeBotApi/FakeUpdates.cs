using System.Text.Json.Nodes;

namespace Assistant.Tests.Telegram.FakeBotApi;

/// <summary>Builds Bot API update JSON (without "update_id", which the server assigns) for <see cref="FakeBotApiServer.EnqueueUpdate"/>.</summary>
public static class FakeUpdates
{
    public static JsonObject User(long userId, string? languageCode = "en", string firstName = "Ada")
    {
        var user = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = firstName };
        if (languageCode is not null) user["language_code"] = languageCode;
        return user;
    }

    /// <summary>Positive ids are private chats, negative ones groups, as on Telegram.</summary>
    public static JsonObject Chat(long chatId) => chatId >= 0
        ? new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Ada" }
        : new JsonObject { ["id"] = chatId, ["type"] = "group", ["title"] = "Test group" };

    public static JsonObject Message(long chatId, string text, int messageId, long? userId = null, string? languageCode = "en", string firstName = "Ada") =>
        new() { ["message"] = MessageBody(chatId, messageId, userId, languageCode, firstName, ("text", text)) };

    public static JsonObject Sticker(long chatId, int messageId, long? userId = null, string? languageCode = "en") =>
        new()
        {
            ["message"] = MessageBody(chatId, messageId, userId, languageCode, "Ada", ("sticker", new JsonObject
            {
                ["file_id"] = "sticker-file",
                ["file_unique_id"] = "sticker-unique",
                ["type"] = "regular",
                ["width"] = 512,
                ["height"] = 512,
                ["is_animated"] = false,
                ["is_video"] = false,
            })),
        };

    public static JsonObject Photo(long chatId, int messageId, long? userId = null) =>
        new()
        {
            ["message"] = MessageBody(chatId, messageId, userId, "en", "Ada", ("photo", new JsonArray(new JsonObject
            {
                ["file_id"] = "photo-file",
                ["file_unique_id"] = "photo-unique",
                ["width"] = 90,
                ["height"] = 90,
            }))),
        };

    /// <summary>A button press on a message the bot sent earlier (<paramref name="messageId"/>); <paramref name="data"/> may be null or forged.</summary>
    public static JsonObject CallbackQuery(string id, long chatId, string? data, int messageId, long botId, long? userId = null, string? languageCode = "en")
    {
        var query = new JsonObject
        {
            ["id"] = id,
            ["from"] = User(userId ?? chatId, languageCode),
            ["message"] = new JsonObject
            {
                ["message_id"] = messageId,
                ["from"] = new JsonObject { ["id"] = botId, ["is_bot"] = true, ["first_name"] = "Fake Bot", ["username"] = "fake_bot" },
                ["chat"] = Chat(chatId),
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["text"] = "(an earlier message with buttons)",
            },
            ["chat_instance"] = $"instance-{chatId}",
        };
        if (data is not null) query["data"] = data;
        return new JsonObject { ["callback_query"] = query };
    }

    private static JsonObject MessageBody(long chatId, int messageId, long? userId, string? languageCode, string firstName, (string Name, JsonNode Value) content) =>
        new()
        {
            ["message_id"] = messageId,
            ["from"] = User(userId ?? Math.Abs(chatId), languageCode, firstName),
            ["chat"] = Chat(chatId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            [content.Name] = content.Value,
        };
}
