using System.Security.Cryptography;

namespace Panorama.Web.Demo;

/// <summary>
/// The demo's first administrator: <c>PANORAMA_ADMIN_EMAIL</c>/<c>PANORAMA_ADMIN_PASSWORD</c> when set, otherwise
/// admin@panorama.local with a generated password that the banner prints once.
/// </summary>
internal sealed record DemoAdmin(string Email, string? Password)
{
    public const string DefaultEmail = "admin@panorama.local";

    public static DemoAdmin FromEnvironment()
    {
        var email = Environment.GetEnvironmentVariable("PANORAMA_ADMIN_EMAIL");
        var password = Environment.GetEnvironmentVariable("PANORAMA_ADMIN_PASSWORD");
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrEmpty(password))
        {
            return new DemoAdmin(email, null);
        }

        // Upper, lower, digit and symbol, whatever the password rules ask.
        return new DemoAdmin(DefaultEmail, $"Demo-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))}-X1");
    }

    /// <summary>Host arguments that create this administrator (none when the environment already does).</summary>
    public IEnumerable<string> ToArguments() => Password is null ? [] : [$"--Admin:Email={Email}", $"--Admin:Password={Password}"];

    public override string ToString() => $"DemoAdmin {{ Email = {Email} }}";
}
