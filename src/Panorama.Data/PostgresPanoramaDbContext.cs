using Microsoft.EntityFrameworkCore;
using Panorama.Data.Database;

namespace Panorama.Data;

/// <summary>The PostgreSQL flavour of the store; its migrations live in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresPanoramaDbContext(DbContextOptions<PostgresPanoramaDbContext> options) : PanoramaDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // timestamptz accepts only offset zero from Npgsql; normalise instead of failing on a local offset.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}
