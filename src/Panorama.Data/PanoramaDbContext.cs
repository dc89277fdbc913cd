using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Panorama.Data.Connections;
using Panorama.Data.Settings;
using Panorama.Data.Tasks;

namespace Panorama.Data;

/// <summary>
/// Panorama's store. The model is shared; each provider has its own derived context so that it can carry its own
/// migrations set (<see cref="SqlitePanoramaDbContext"/>, <see cref="PostgresPanoramaDbContext"/>).
/// </summary>
public abstract class PanoramaDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<AppSetting> AppSettings => Set<AppSetting>();

    public DbSet<Connection> Connections => Set<Connection>();

    public DbSet<TaskRecord> Tasks => Set<TaskRecord>();

    public DbSet<TaskLinkRecord> TaskLinks => Set<TaskLinkRecord>();

    public DbSet<AppDependencyRecord> AppDependencies => Set<AppDependencyRecord>();

    /// <summary>The Data Protection key ring, shared by every node that uses this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PanoramaDbContext).Assembly);
}
