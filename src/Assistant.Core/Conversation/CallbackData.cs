using System.Text;

namespace Assistant.Conversation;

/// <summary>
/// Callback data is "action:argument" (for example "card:A4-1"). Telegram allows 64 bytes, and anyone
/// can forge it, so it is parsed defensively and never trusted beyond naming an action and its argument.
/// </summary>
public readonly record struct CallbackData(string Action, string Argument)
{
    public const int MaxBytes = 64;

    public override string ToString() => $"{Action}:{Argument}";

    public static string Format(string action, string argument)
    {
        var data = $"{action}:{argument}";
        if (Encoding.UTF8.GetByteCount(data) > MaxBytes)
            throw new ArgumentException($"Callback data '{data}' is longer than {MaxBytes} bytes.", nameof(argument));
        return data;
    }

    public static bool TryParse(string? data, out CallbackData parsed)
    {
        parsed = default;
        if (string.IsNullOrEmpty(data) || Encoding.UTF8.GetByteCount(data) > MaxBytes) return false;
        var colon = data.IndexOf(':');
        if (colon <= 0) return false;
        var action = data[..colon];
        if (!action.All(c => char.IsAsciiLetterLower(c) || c == '_')) return false;
        parsed = new CallbackData(action, data[(colon + 1)..]);
        return true;
    }
}
