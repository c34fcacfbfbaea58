using System.Security.Cryptography;
using System.Text;

namespace Assistant.Ai;

/// <summary>A stable hash of the text a cached model output was computed from (SHA-256, hex).</summary>
public static class ContentHash
{
    public static string Of(params string?[] parts)
    {
        // A separator that cannot occur in program text keeps ("ab","c") and ("a","bc") apart.
        var joined = string.Join("\u241E", parts.Select(p => p ?? ""));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(joined)));
    }
}
