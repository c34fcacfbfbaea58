namespace Assistant.Tests.Telegram.FakeBotApi;

/// <summary>
/// A scripted answer for <see cref="FakeBotApiServer.FailNext"/>: a Bot API error (status code, description,
/// optional retry_after) and/or a delay before answering. <see cref="StatusCode"/> 0 with a delay answers normally, late.
/// </summary>
public sealed record FakeFailure(int StatusCode, string Description, int? RetryAfter = null, TimeSpan Delay = default)
{
    public static FakeFailure ServerError(int statusCode = 500) => new(statusCode, "Internal Server Error");

    public static FakeFailure TooManyRequests(int retryAfter) => new(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);

    public static FakeFailure BlockedByUser() => new(403, "Forbidden: bot was blocked by the user");

    public static FakeFailure ChatNotFound() => new(400, "Bad Request: chat not found");

    public static FakeFailure BadRequest(string description) => new(400, $"Bad Request: {description}");

    public static FakeFailure Unauthorized() => new(401, "Unauthorized");

    /// <summary>Answers normally after <paramref name="delay"/>: longer than the client's time-out, it forces one.</summary>
    public static FakeFailure Delayed(TimeSpan delay) => new(0, "", Delay: delay);
}
