using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.ProgramData;

/// <summary>Parses short durations as typed on a command line: "3m", "90s", "1h", "1h30m", "2d", "-10m" or "00:03:00".</summary>
public static partial class DurationParser
{
    public static TimeSpan Parse(string text) =>
        TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a duration; use e.g. \"3m\", \"90s\", \"1h\" or \"00:03:00\"");

    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
            return false;

        var match = Units().Match(trimmed);
        if (match.Success && match.Groups["part"].Captures.Count > 0)
        {
            var total = TimeSpan.Zero;
            for (var i = 0; i < match.Groups["part"].Captures.Count; i++)
            {
                var amount = double.Parse(match.Groups["amount"].Captures[i].Value, CultureInfo.InvariantCulture);
                total += match.Groups["unit"].Captures[i].Value.ToLowerInvariant() switch
                {
                    "d" => TimeSpan.FromDays(amount),
                    "h" => TimeSpan.FromHours(amount),
                    "m" or "min" => TimeSpan.FromMinutes(amount),
                    "ms" => TimeSpan.FromMilliseconds(amount),
                    _ => TimeSpan.FromSeconds(amount),
                };
            }

            value = match.Groups["sign"].Value == "-" ? -total : total;
            return true;
        }

        // Only the colon forms ("00:03:00", "1.02:00:00"); a bare "5" is ambiguous and rejected.
        return trimmed.Contains(':') && TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^(?<sign>[+-]?)(?<part>(?<amount>\d+(\.\d+)?)\s*(?<unit>ms|min|d|h|m|s))+$", RegexOptions.IgnoreCase)]
    private static partial Regex Units();
}
