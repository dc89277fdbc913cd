using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Panorama.Data.Accounts;
using Panorama.Data.Audit;
using Panorama.Data.Boxes;
using Panorama.Data.Connections;
using Panorama.Data.Settings;
using Panorama.Data.Sync;
using Panorama.Data.Tasks;

namespace Panorama.Data;

/// <summary>
/// Panorama's store. The model is shared; each provider has its own derived context so that it can carry its own
/// migrations set (<see cref="SqlitePanoramaDbContext"/>, <see cref="PostgresPanoramaDbContext"/>). Accounts are
/// ASP.NET Core Identity's tables, keyed by <see cref="Guid"/>. The data protection key ring lives here too, so that
/// every node sharing the database reads the others' cookies and antiforgery tokens.
/// </summary>
public abstract class PanoramaDbContext(DbContextOptions options)
    : IdentityDbContext<PanoramaUser, PanoramaRole, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<AppSetting> AppSettings => Set<AppSetting>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Connection> Connections => Set<Connection>();

    public DbSet<TaskRecord> Tasks => Set<TaskRecord>();

    public DbSet<TaskLinkRecord> TaskLinks => Set<TaskLinkRecord>();

    public DbSet<AppDependencyRecord> AppDependencies => Set<AppDependencyRecord>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<WriteBackChangeRecord> WriteBackChanges => Set<WriteBackChangeRecord>();

    public DbSet<WriteBackOperationRecord> WriteBackOperations => Set<WriteBackOperationRecord>();

    public DbSet<SyncStateRecord> SyncStates => Set<SyncStateRecord>();

    public DbSet<ChangeCounter> ChangeCounters => Set<ChangeCounter>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<BoxRecord> Boxes => Set<BoxRecord>();

    public DbSet<BoxTypeRecord> BoxTypes => Set<BoxTypeRecord>();

    public DbSet<BoxMemberRecord> BoxMembers => Set<BoxMemberRecord>();

    public DbSet<ScopeIntegrationRecord> ScopeIntegrations => Set<ScopeIntegrationRecord>();

    public DbSet<ScopeMembershipRecord> ScopeMemberships => Set<ScopeMembershipRecord>();

    public DbSet<BoxViewRecord> BoxViews => Set<BoxViewRecord>();

    public DbSet<BoxTaskModeRecord> BoxTaskModes => Set<BoxTaskModeRecord>();

    // Pinned: Identity otherwise reads the version from the host's IdentityOptions, so the model (and the
    // migrations made at design time, without a host) could differ from the one the server runs.
    protected override Version SchemaVersion => IdentitySchemaVersions.Version2;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PanoramaDbContext).Assembly);
    }
}
