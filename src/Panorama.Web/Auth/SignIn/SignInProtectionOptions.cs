namespace Panorama.Web.Auth.SignIn;

/// <summary>Brute-force protection of the sign-in form; bound from <c>Auth:SignIn</c>.</summary>
public sealed class SignInProtectionOptions
{
    public const string SectionName = "Auth:SignIn";

    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked.</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in attempts (form posts) allowed per client address per minute; more answer 429.</summary>
    public int AttemptsPerMinutePerAddress { get; set; } = 10;

    /// <summary>
    /// Lets the session cookie travel over plain HTTP (no Secure flag, no <c>__Host-</c> prefix). Only for a trial on
    /// a network without TLS: browsers already accept secure cookies from <c>http://localhost</c>, and a reverse proxy
    /// that terminates TLS needs nothing but <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>How often a browser session re-checks its user (disabled, password reset, roles changed).</summary>
    public TimeSpan SessionRevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);
}
