using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Assistant.Telegram;

/// <summary>Checks what data annotations cannot: the token's shape, the base URL and the back-off order. Never echoes the token.</summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var failures = new List<string>();

        // Telegram.Bot's constructor would throw an ArgumentException much later, at first resolution; say it at start-up instead.
        if (!string.IsNullOrWhiteSpace(options.BotToken) && !TokenShape().IsMatch(options.BotToken))
            failures.Add("Telegram:BotToken does not look like a bot token ('<digits>:<secret>', as issued by @BotFather).");

        if (!string.IsNullOrWhiteSpace(options.ApiBaseUrl)
            && !(Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            failures.Add($"Telegram:ApiBaseUrl must be an absolute http(s) URL, got '{options.ApiBaseUrl}'.");

        if (options.MaxBackoff < options.InitialBackoff)
            failures.Add("Telegram:MaxBackoff must not be shorter than Telegram:InitialBackoff.");

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex(@"^\d+:[A-Za-z0-9_-]+$")]
    private static partial Regex TokenShape();
}
