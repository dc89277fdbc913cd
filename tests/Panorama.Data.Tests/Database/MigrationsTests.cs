using Microsoft.EntityFrameworkCore;
using Panorama.Data.Database;
using Panorama.Testing.Databases;

namespace Panorama.Data.Tests.Database;

public sealed class MigrationsTests
{
    [Theory]
    [DatabaseData]
    public async Task Migrate_ShouldCreateEverySchemaObject_WhenTheDatabaseIsEmpty(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);

        await database.MigrateAsync(ct);

        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync(ct));
        Assert.Equal(0, await db.AppSettings.CountAsync(ct));
    }

    [Theory]
    [DatabaseData]
    public async Task Model_ShouldHaveNoChangesMissingFromTheMigrations(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider, ct);
        await using var db = database.CreateContext();

        // A model change without a migration for this provider would make this true.
        Assert.False(db.Database.HasPendingModelChanges(), $"Run scripts/add-migration.sh: the {provider} migrations lag the model.");
    }
}
