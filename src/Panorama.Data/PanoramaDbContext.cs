using Microsoft.EntityFrameworkCore;
using Panorama.Data.Settings;

namespace Panorama.Data;

/// <summary>
/// Panorama's store. The model is shared; each provider has its own derived context so that it can carry its own
/// migrations set (<see cref="SqlitePanoramaDbContext"/>, <see cref="PostgresPanoramaDbContext"/>).
/// </summary>
public abstract class PanoramaDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<AppSetting> AppSettings => Set<AppSetting>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PanoramaDbContext).Assembly);
}
