namespace Assistant.Conversation;

/// <summary>Who is talking, as far as the engine needs to know. <see cref="LanguageCode"/> is the client's (e.g. "en", "zh-hans").</summary>
public sealed record ChatContext(long ChatId, long UserId, string? LanguageCode = null, string? DisplayName = null)
{
    /// <summary>The front-end the message came from ("telegram", "console"); lets features pick a delivery form.</summary>
    public string FrontEnd { get; init; } = "console";
}

/// <summary>An incoming text message.</summary>
public sealed record IncomingMessage(ChatContext Chat, string Text);

/// <summary>An incoming button press; <see cref="Data"/> is untrusted.</summary>
public sealed record IncomingCallback(ChatContext Chat, string Data);

/// <summary>The answer to a button press: an optional short notice (Telegram's callback toast) and an optional reply message.</summary>
public sealed record CallbackOutcome(string? Notice, Reply? Reply)
{
    public static CallbackOutcome Message(Reply reply) => new(null, reply);
    public static CallbackOutcome Toast(string notice) => new(notice, null);
}
