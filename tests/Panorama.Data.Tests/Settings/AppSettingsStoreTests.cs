using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Panorama.Data.Database;
using Panorama.Data.Settings;
using Panorama.Testing.Databases;

namespace Panorama.Data.Tests.Settings;

public sealed class AppSettingsStoreTests
{
    [Theory]
    [DatabaseData]
    public async Task SetAsync_ShouldStoreAndReplaceAValue_WithItsUtcTime(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await database.MigrateAsync(ct);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(2)));

        await using (var db = database.CreateContext())
        {
            var store = new AppSettingsStore(db, time);
            await store.SetAsync("public-base-url", "https://old.example", ct);
            time.Advance(TimeSpan.FromMinutes(5));
            await store.SetAsync("public-base-url", "https://panorama.example", ct);
        }

        await using (var db = database.CreateContext())
        {
            Assert.Equal("https://panorama.example", await new AppSettingsStore(db, time).GetAsync("public-base-url", ct));
            var setting = await db.AppSettings.SingleAsync(ct);
            Assert.Equal(TimeSpan.Zero, setting.UpdatedAt.Offset);
            Assert.Equal(new DateTimeOffset(2026, 3, 1, 8, 5, 0, TimeSpan.Zero), setting.UpdatedAt);
        }
    }

    [Theory]
    [DatabaseData]
    public async Task Queries_ShouldCompareAndOrderTimes_InSql(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await database.MigrateAsync(ct);
        var noon = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
        await using (var db = database.CreateContext())
        {
            db.AppSettings.AddRange(
                new AppSetting { Key = "late", Value = "c", UpdatedAt = noon.AddHours(1) },
                new AppSetting { Key = "early", Value = "a", UpdatedAt = noon.AddHours(-1) },
                new AppSetting { Key = "noon", Value = "b", UpdatedAt = noon });
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            var keys = await db.AppSettings.Where(s => s.UpdatedAt >= noon).OrderByDescending(s => s.UpdatedAt).Select(s => s.Key).ToListAsync(ct);
            Assert.Equal(["late", "noon"], keys);
        }
    }
}
