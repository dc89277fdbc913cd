namespace Panorama.Data.Protection;

/// <summary>
/// How the data protection key ring is encrypted at rest (<c>DataProtection</c> section). The key ring lives in the
/// database beside the ciphertext it protects (connection API tokens, webhook secrets, cookies), so a copy of the
/// database alone would decrypt them; with a certificate, each key is encrypted with the certificate's public key and
/// the database alone is no longer enough.
/// </summary>
public sealed class KeyRingProtectionOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>A PKCS#12 file (.pfx/.p12) holding the certificate and its private key, the same on every node.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of <see cref="CertificatePath"/>, if it has one. Keep it in an environment variable or a secret store.</summary>
    public string? CertificatePassword { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(CertificatePath);
}
