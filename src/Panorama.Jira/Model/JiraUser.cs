namespace Panorama.Jira.Model;

/// <summary>The user behind the credentials (<c>GET /rest/api/3/myself</c>). E-mail may be null (privacy settings).</summary>
public sealed record JiraUser
{
    public string? AccountId { get; init; }

    public string? AccountType { get; init; }

    public string? DisplayName { get; init; }

    public string? EmailAddress { get; init; }

    public bool? Active { get; init; }

    public string? TimeZone { get; init; }

    public string? Locale { get; init; }
}
