using System.Text;

namespace Panorama.Jira.Connections;

/// <summary>
/// The technical user's e-mail and API token. The token only ever goes into the <c>Authorization: Basic</c> header:
/// <see cref="ToString"/>, logs and exceptions never show it.
/// </summary>
public sealed record JiraCredential(string Email, string ApiToken)
{
    public override string ToString() => $"JiraCredential {{ Email = {Email}, ApiToken = *** }}";

    /// <summary>The value of the Basic scheme: base64 of <c>email:token</c> (shared/docs/jira-cloud-api.md 1.1).</summary>
    internal string ToBasicParameter() => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Email}:{ApiToken}"));
}
