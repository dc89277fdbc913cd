using System.Security.Cryptography;
using System.Text;

namespace Panorama.JiraSim.Webhooks;

/// <summary><c>X-Hub-Signature: sha256=&lt;lowercase hex HMAC-SHA256(secret, raw body)&gt;</c>, as Jira Cloud signs admin webhooks.</summary>
internal static class WebhookSignature
{
    public static string Compute(string secret, ReadOnlySpan<byte> body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
}
