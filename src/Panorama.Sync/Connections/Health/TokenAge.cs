using Panorama.Data.Connections;

namespace Panorama.Sync.Connections.Health;

/// <summary>
/// Atlassian API tokens expire within a year (tokens made before 15 Dec 2024 between 14 Mar and 12 May 2026) and their
/// expiry cannot be read through the API, so Panorama flags a token by its age, before it stops working.
/// </summary>
public static class TokenAge
{
    public static string? Warning(Connection connection, TimeSpan warningAge, DateTimeOffset now)
    {
        var age = now - connection.TokenSetAt;
        return age < warningAge
            ? null
            : $"The API token of '{connection.Name}' was set {(int)age.TotalDays} days ago; Atlassian tokens expire within a year. " +
              "Create a new one at https://id.atlassian.com/manage-profile/security/api-tokens and replace it before it stops working.";
    }
}
