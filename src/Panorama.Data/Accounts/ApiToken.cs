namespace Panorama.Data.Accounts;

/// <summary>
/// An API token a user made for their scripts. Only the SHA-256 hash of the token is stored: the token itself is
/// shown once, when it is created. A revoked token is kept (with <see cref="RevokedAt"/>) so that the same token,
/// seeded again from configuration after a restart, stays revoked.
/// </summary>
public sealed class ApiToken
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public required string Name { get; set; }

    /// <summary>SHA-256 of the token's UTF-8 bytes, as lower-case hex.</summary>
    public required string Hash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the token last authenticated a request (updated at most once a minute).</summary>
    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
