using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Panorama.Data.Protection;

/// <summary>Says once at start-up that the key ring is stored unencrypted, and how to change that.</summary>
internal sealed partial class KeyRingProtectionWarning(
    IOptions<KeyRingProtectionOptions> options,
    ILogger<KeyRingProtectionWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.IsConfigured)
        {
            LogUnprotectedKeyRing(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "The data protection key ring is stored unencrypted in the database, beside the Jira API tokens and webhook " +
        "secrets it encrypts: anyone with a copy of the database can decrypt them. Set DataProtection:CertificatePath " +
        "(a .pfx with its private key, the same on every node) and DataProtection:CertificatePassword to encrypt the key ring; " +
        "see the README, 'Connecting Jira Cloud sites'.")]
    private static partial void LogUnprotectedKeyRing(ILogger logger);
}
