using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Panorama.Data;
using Panorama.Data.Accounts;
using Panorama.Data.Audit;
using Panorama.Data.Database;
using Panorama.Testing.Databases;
using Panorama.Web.Auth.Tokens;

namespace Panorama.Web.Tests.Auth.Tokens;

public sealed class ApiTokenServiceTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [DatabaseData]
    public async Task AuthenticateAsync_ShouldWriteLastUsedAtMostOncePerMinute(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await database.MigrateAsync(ct);
        var time = new FakeTimeProvider(Start);
        var secret = await CreateTokenAsync(database, time, ct);

        await AuthenticateAsync(database, time, secret, ct);
        time.Advance(TimeSpan.FromSeconds(59));
        await AuthenticateAsync(database, time, secret, ct);
        Assert.Equal(Start, await LastUsedAsync(database, ct));

        time.Advance(TimeSpan.FromSeconds(2));
        await AuthenticateAsync(database, time, secret, ct);
        Assert.Equal(Start.AddSeconds(61), await LastUsedAsync(database, ct));
    }

    [Theory]
    [DatabaseData]
    public async Task AuthenticateAsync_ShouldRefuseRevokedTokens_AndTokensOfDisabledUsers(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await database.MigrateAsync(ct);
        var time = new FakeTimeProvider(Start);
        var revoked = await CreateTokenAsync(database, time, ct, "revoked@panorama.test");
        var disabled = await CreateTokenAsync(database, time, ct, "disabled@panorama.test");
        await using (var db = database.CreateContext())
        {
            var service = new ApiTokenService(db, new RecordingAuditLog(), time);
            var token = await db.ApiTokens.SingleAsync(t => t.Hash == ApiTokenSecret.Hash(revoked), ct);
            Assert.True(await service.RevokeAsync(token.UserId, token.Id, AuditActor.System, ct));
            var user = await db.Users.SingleAsync(u => u.Email == "disabled@panorama.test", ct);
            user.IsDisabled = true;
            await db.SaveChangesAsync(ct);
        }

        Assert.Null(await AuthenticateAsync(database, time, revoked, ct));
        Assert.Null(await AuthenticateAsync(database, time, disabled, ct));
    }

    [Theory]
    [DatabaseData]
    public async Task AddSeededAsync_ShouldNotBringBackARevokedToken(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await database.MigrateAsync(ct);
        var time = new FakeTimeProvider(Start);
        var secret = await CreateTokenAsync(database, time, ct);
        await using var db = database.CreateContext();
        var service = new ApiTokenService(db, new RecordingAuditLog(), time);
        var token = await db.ApiTokens.SingleAsync(ct);
        await service.RevokeAsync(token.UserId, token.Id, AuditActor.System, ct);

        var again = await service.AddSeededAsync(token.UserId, secret, "seeded", ct);

        Assert.Null(again);
        Assert.Null(await service.AuthenticateAsync(secret, ct));
    }

    private static async Task<string> CreateTokenAsync(TestDatabase database, TimeProvider time, CancellationToken ct, string email = "script@panorama.test")
    {
        await using var db = database.CreateContext();
        var user = new PanoramaUser { Id = Guid.NewGuid(), UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(), CreatedAt = Start };
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        var created = await new ApiTokenService(db, new RecordingAuditLog(), time).CreateAsync(user.Id, "script", AuditActor.System, ct);
        return created.Secret;
    }

    private static async Task<AuthenticatedToken?> AuthenticateAsync(TestDatabase database, TimeProvider time, string secret, CancellationToken ct)
    {
        await using PanoramaDbContext db = database.CreateContext();
        return await new ApiTokenService(db, new RecordingAuditLog(), time).AuthenticateAsync(secret, ct);
    }

    private static async Task<DateTimeOffset?> LastUsedAsync(TestDatabase database, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        return await db.ApiTokens.Select(t => t.LastUsedAt).SingleAsync(ct);
    }

    private sealed class RecordingAuditLog : IAuditLog
    {
        public List<AuditEvent> Events { get; } = [];

        public Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken)
        {
            Events.Add(auditEvent);
            return Task.CompletedTask;
        }
    }
}
