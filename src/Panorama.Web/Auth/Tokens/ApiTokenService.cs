using Microsoft.EntityFrameworkCore;
using Panorama.Data;
using Panorama.Data.Accounts;
using Panorama.Data.Audit;

namespace Panorama.Web.Auth.Tokens;

/// <summary>Creates, lists, revokes and checks API tokens. Token values are never stored, logged or returned twice.</summary>
public sealed class ApiTokenService(PanoramaDbContext db, IAuditLog audit, TimeProvider time)
{
    /// <summary>Last-used times are written at most this often per token, so a busy script is not a write storm.</summary>
    public static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public const int MaxNameLength = 100;

    public async Task<CreatedApiToken> CreateAsync(Guid userId, string name, AuditActor actor, CancellationToken cancellationToken)
    {
        var secret = ApiTokenSecret.Generate();
        var token = new ApiToken
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Name = name.Trim(),
            Hash = ApiTokenSecret.Hash(secret),
            CreatedAt = time.GetUtcNow(),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(TokenEvent(AuditActions.TokenCreated, token, actor), cancellationToken);
        return new CreatedApiToken(token, secret);
    }

    /// <summary>The user's tokens that still work, oldest first.</summary>
    public async Task<IReadOnlyList<ApiToken>> ListAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.ApiTokens.AsNoTracking()
            .Where(t => t.UserId == userId && t.RevokedAt == null)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Name)
            .ToListAsync(cancellationToken);

    /// <summary>Revokes one of the user's tokens; false when they have no such working token.</summary>
    public async Task<bool> RevokeAsync(Guid userId, Guid tokenId, AuditActor actor, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null, cancellationToken);
        if (token is null)
        {
            return false;
        }

        token.RevokedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(TokenEvent(AuditActions.TokenRevoked, token, actor), cancellationToken);
        return true;
    }

    /// <summary>The owner of a working token of an enabled user, or null. Marks the token used (at most once a minute).</summary>
    internal async Task<AuthenticatedToken?> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = ApiTokenSecret.Hash(secret);
        var adminRole = PanoramaRoles.ApplicationAdministrator.ToUpperInvariant();
        var match = await (
                from token in db.ApiTokens.AsNoTracking()
                join user in db.Users.AsNoTracking() on token.UserId equals user.Id
                where token.Hash == hash && token.RevokedAt == null && !user.IsDisabled
                select new
                {
                    token.Id,
                    token.LastUsedAt,
                    User = user,
                    IsAdministrator = db.UserRoles.Any(ur => ur.UserId == user.Id &&
                        db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == adminRole)),
                })
            .SingleOrDefaultAsync(cancellationToken);
        if (match is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (match.LastUsedAt is null || match.LastUsedAt <= now - LastUsedResolution)
        {
            // Conditional, so that concurrent requests (on any node) write it once.
            var staleBefore = now - LastUsedResolution;
            await db.ApiTokens
                .Where(t => t.Id == match.Id && (t.LastUsedAt == null || t.LastUsedAt <= staleBefore))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
        }

        return new AuthenticatedToken(match.Id, match.User, match.IsAdministrator);
    }

    /// <summary>
    /// Adds a token with a value given by the operator (<c>PANORAMA_ADMIN_API_TOKEN</c>) unless that value is already
    /// known, working or revoked: a revoked seeded token stays revoked across restarts. The caller saves.
    /// </summary>
    internal async Task<ApiToken?> AddSeededAsync(Guid userId, string secret, string name, CancellationToken cancellationToken)
    {
        var hash = ApiTokenSecret.Hash(secret);
        if (await db.ApiTokens.AnyAsync(t => t.Hash == hash, cancellationToken))
        {
            return null;
        }

        var token = new ApiToken { Id = Guid.NewGuid(), UserId = userId, Name = name, Hash = hash, CreatedAt = time.GetUtcNow() };
        db.ApiTokens.Add(token);
        return token;
    }

    internal static AuditEvent TokenEvent(string action, ApiToken token, AuditActor actor) => new(action)
    {
        Actor = actor,
        TargetType = "token",
        TargetId = token.Id.ToString(),
        Data = new Dictionary<string, string?> { ["name"] = token.Name, ["owner"] = token.UserId.ToString() },
    };
}
