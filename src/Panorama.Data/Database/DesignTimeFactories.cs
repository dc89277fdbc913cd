using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Panorama.Data.Database;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqlitePanoramaDbContext>
{
    public SqlitePanoramaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePanoramaDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresPanoramaDbContext>
{
    public PostgresPanoramaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPanoramaDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
