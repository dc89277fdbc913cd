using Microsoft.EntityFrameworkCore;
using Panorama.Data.Database;
using Panorama.Data.Tasks;

namespace Panorama.Data;

/// <summary>The SQLite flavour of the store; its migrations live in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqlitePanoramaDbContext(DbContextOptions<SqlitePanoramaDbContext> options) : PanoramaDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time type: EF would store DateTimeOffset as text, which cannot be compared or
        // ordered in SQL. UTC ticks in an INTEGER keep both exact.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // The column stays TEXT (as migrated); SQLite keeps a compressed value in it as a blob (see StoredFields).
        builder.Entity<TaskRecord>().Property(t => t.FieldsJson).HasConversion<StoredFieldsConverter>().HasColumnType("TEXT");
    }
}
