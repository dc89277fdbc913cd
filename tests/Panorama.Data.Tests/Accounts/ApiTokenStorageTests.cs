using Microsoft.EntityFrameworkCore;
using Panorama.Data.Accounts;
using Panorama.Data.Database;
using Panorama.Testing.Databases;

namespace Panorama.Data.Tests.Accounts;

public sealed class ApiTokenStorageTests
{
    [Theory]
    [DatabaseData]
    public async Task Tokens_ShouldHaveUniqueHashes_AndGoWithTheirUser(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await database.MigrateAsync(ct);
        var user = new PanoramaUser { Id = Guid.NewGuid(), UserName = "a@panorama.test", NormalizedUserName = "A@PANORAMA.TEST", Email = "a@panorama.test" };
        var hash = new string('a', 64);
        await using (var db = database.CreateContext())
        {
            db.Users.Add(user);
            db.ApiTokens.Add(new ApiToken { Id = Guid.NewGuid(), UserId = user.Id, Name = "one", Hash = hash });
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            db.ApiTokens.Add(new ApiToken { Id = Guid.NewGuid(), UserId = user.Id, Name = "same value", Hash = hash });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
        }

        await using (var db = database.CreateContext())
        {
            db.Users.Remove(await db.Users.SingleAsync(ct));
            await db.SaveChangesAsync(ct);
            Assert.Equal(0, await db.ApiTokens.CountAsync(ct));
        }
    }
}
