using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Panorama.Data;
using Panorama.Data.Database;
using Panorama.Testing.Web;
using Panorama.Web.CommandLine;
using Panorama.Web.Hosting;

namespace Panorama.Web.Tests.Connections;

/// <summary>The data protection key ring, kept beside the tokens it protects, encrypted with a certificate when one is set.</summary>
public sealed class KeyRingProtectionTests
{
    private const string Warning = "The data protection key ring is stored unencrypted";

    [Fact]
    public async Task WithACertificate_TheKeyRingShouldBeStoredEncrypted_AndTokensStillWork()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("panorama-keyring-");
        try
        {
            var pfx = Path.Combine(folder.FullName, "keyring.pfx");
            await File.WriteAllBytesAsync(pfx, SelfSigned("CN=Panorama key ring").Export(X509ContentType.Pfx, "pfx-password"), ct);
            await using var app = new ConnectionsAppFactory();
            app.WithSetting("DataProtection:CertificatePath", pfx).WithSetting("DataProtection:CertificatePassword", "pfx-password");
            await using var jira = await SimulatedSites.StartAsync(app, ct);
            using var admin = await app.CreateAdminClientAsync(ct);

            var alpha = await admin.ConnectAsync(jira["alpha"], ct);
            var keys = await KeyXmlAsync(app, ct);

            Assert.Equal("valid", alpha.Connection.Status);
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("EncryptedXmlDecryptor", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
            });
            Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(Warning, StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task WithoutACertificate_StartUp_ShouldWarnOnce_ThatTheKeyRingIsUnencrypted()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new AppFactory().StartAsync(ct);

        Assert.Single(app.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains(Warning, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACertificateThatCannotBeRead_ShouldStopServe_WithOneLineSayingWhatToCheck()
    {
        var ct = TestContext.Current.CancellationToken;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        using var error = new StringWriter();
        var db = new DatabaseTarget(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(Path.GetTempPath(), $"panorama-{Guid.NewGuid():N}.db")}");

        var exitCode = await ServeCommand.RunAsync(
            new HostSettings(Database: db, HostArguments: ["--DataProtection:CertificatePath=/nonexistent/keyring.pfx", "--DataProtection:CertificatePassword=secret-pass"]),
            error, timeout.Token);

        Assert.Equal(1, exitCode);
        Assert.Contains("DataProtection:CertificatePath '/nonexistent/keyring.pfx' cannot be read", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-pass", error.ToString(), StringComparison.Ordinal);
    }

    private static X509Certificate2 SelfSigned(string subject)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
    }

    private static async Task<List<string>> KeyXmlAsync(ConnectionsAppFactory app, CancellationToken ct)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PanoramaDbContext>();
        return await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync(ct);
    }
}
