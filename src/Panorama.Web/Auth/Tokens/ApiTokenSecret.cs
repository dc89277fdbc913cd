using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Panorama.Web.Auth.Tokens;

/// <summary>
/// API token values: <c>pnr_</c> and 256 random bits in base64url, recognisable by secret scanners. The store keeps
/// only the SHA-256 hash: a slow password hash is not needed because the token carries full entropy.
/// </summary>
public static class ApiTokenSecret
{
    public const string Prefix = "pnr_";

    /// <summary>The shortest token accepted from configuration (<c>PANORAMA_ADMIN_API_TOKEN</c>).</summary>
    public const int MinimumLength = 32;

    public static string Generate() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
