using Microsoft.AspNetCore.DataProtection;

namespace Panorama.Data.Connections;

/// <summary>
/// Encrypts connection secrets at rest with ASP.NET Core Data Protection. The key ring lives in the database
/// (<c>DataProtectionKeys</c>), so every node sharing the database can decrypt. Unprotect only where a secret is
/// used (the Jira client factory, the webhook receiver); never return, log or put a secret in an exception.
/// </summary>
public sealed class ConnectionSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _apiTokens = provider.CreateProtector("Panorama.Connections.ApiToken.v1");
    private readonly IDataProtector _webhookSecrets = provider.CreateProtector("Panorama.Connections.WebhookSecret.v1");

    public string ProtectApiToken(string token) => _apiTokens.Protect(token);

    public string UnprotectApiToken(string protectedToken) => _apiTokens.Unprotect(protectedToken);

    public string ProtectWebhookSecret(string secret) => _webhookSecrets.Protect(secret);

    public string UnprotectWebhookSecret(string protectedSecret) => _webhookSecrets.Unprotect(protectedSecret);

    /// <summary>A new high-entropy webhook secret (256 bits, URL-safe).</summary>
    public static string NewWebhookSecret() =>
        Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
