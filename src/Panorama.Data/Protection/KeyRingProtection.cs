using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Panorama.Data.Protection;

public static class KeyRingProtection
{
    /// <summary>
    /// Encrypts the data protection key ring with the certificate named by <c>DataProtection:CertificatePath</c>
    /// (<c>ProtectKeysWithCertificate</c>, and the same certificate to read the keys back), or, when none is set,
    /// registers a start-up warning that the key ring is stored unencrypted. Call it after <c>AddPanoramaData</c>,
    /// in every process that reads secrets (the server and the <c>connection</c> commands).
    /// </summary>
    /// <exception cref="OptionsValidationException">The certificate cannot be read; the message says what to fix.</exception>
    public static IServiceCollection AddPanoramaKeyRingProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(KeyRingProtectionOptions.SectionName).Get<KeyRingProtectionOptions>()
            ?? new KeyRingProtectionOptions();
        services.AddSingleton(Options.Create(options));
        services.AddHostedService<KeyRingProtectionWarning>();
        if (!options.IsConfigured)
        {
            return services;
        }

        var certificate = Load(options);
        services.AddDataProtection()
            .ProtectKeysWithCertificate(certificate)
            .UnprotectKeysWithAnyCertificate(certificate);
        return services;
    }

    private static X509Certificate2 Load(KeyRingProtectionOptions options)
    {
        var path = options.CertificatePath!;
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword,
                X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            // The password is never part of the message: only what to check.
            throw Invalid($"DataProtection:CertificatePath '{path}' cannot be read as a PKCS#12 (.pfx) certificate ({ex.GetType().Name}). " +
                "Check the path, the file's permissions and DataProtection:CertificatePassword.");
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw Invalid($"DataProtection:CertificatePath '{path}' has no private key: export the certificate with its private key (.pfx).");
        }

        return certificate;
    }

    private static OptionsValidationException Invalid(string message) =>
        new(KeyRingProtectionOptions.SectionName, typeof(KeyRingProtectionOptions), [message]);
}
