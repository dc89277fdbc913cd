using System.Security.Cryptography;
using System.Text;

namespace Panorama.Jira.Webhooks;

/// <summary>
/// The <c>X-Hub-Signature</c> of admin webhooks with a secret: <c>method=hex(HMAC(secret, raw body))</c>, today
/// <c>sha256=…</c> (shared/docs/jira-cloud-api.md 6.3). Atlassian may change the method, so it is read from the part
/// before <c>=</c>; verify on the raw bytes, before any JSON parsing.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-Hub-Signature";

    /// <summary>True when <paramref name="headerValue"/> is a valid signature of <paramref name="body"/>.</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? headerValue)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrWhiteSpace(headerValue))
        {
            return false;
        }

        var separator = headerValue.IndexOf('=', StringComparison.Ordinal);
        if (separator <= 0)
        {
            return false;
        }

        var method = headerValue[..separator].Trim();
        var hex = headerValue.AsSpan(separator + 1).Trim();
        if (!TryCompute(method, secret, body, out var expected) || hex.Length != expected.Length * 2)
        {
            return false;
        }

        Span<byte> received = stackalloc byte[expected.Length];
        if (Convert.FromHexString(hex, received, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != expected.Length)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(received, expected);
    }

    /// <summary>The header value Jira would send: <c>sha256=</c> and the lower-case hex HMAC.</summary>
    public static string Sign(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    private static bool TryCompute(string method, string secret, ReadOnlySpan<byte> body, out byte[] hash)
    {
        var key = Encoding.UTF8.GetBytes(secret);
        hash = method.ToLowerInvariant() switch
        {
            "sha256" => HMACSHA256.HashData(key, body),
            "sha384" => HMACSHA384.HashData(key, body),
            "sha512" => HMACSHA512.HashData(key, body),
            _ => [],
        };
        return hash.Length > 0;
    }
}
