using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panorama.Core.Boxes;
using Panorama.Core.Views;
using Panorama.Data.Accounts;
using Panorama.Data.Connections;

namespace Panorama.Data.Boxes;

internal sealed class BoxRecordConfiguration : IEntityTypeConfiguration<BoxRecord>
{
    public void Configure(EntityTypeBuilder<BoxRecord> builder)
    {
        builder.ToTable("boxes");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Name).HasMaxLength(Box.MaxNameLength);
        builder.Property(b => b.TypeName).HasMaxLength(BoxType.MaxNameLength);
        builder.Property(b => b.WorkingDays).HasMaxLength(40);
        builder.Property(b => b.Revision).IsConcurrencyToken();

        // A box with sub-boxes cannot be deleted: the database refuses it too.
        builder.HasOne<BoxRecord>().WithMany().HasForeignKey(b => b.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BoxTypeRecordConfiguration : IEntityTypeConfiguration<BoxTypeRecord>
{
    public void Configure(EntityTypeBuilder<BoxTypeRecord> builder)
    {
        builder.ToTable("box_types");
        builder.HasKey(t => t.Name);
        builder.Property(t => t.Name).HasMaxLength(BoxType.MaxNameLength);
    }
}

internal sealed class BoxMemberRecordConfiguration : IEntityTypeConfiguration<BoxMemberRecord>
{
    public void Configure(EntityTypeBuilder<BoxMemberRecord> builder)
    {
        builder.ToTable("box_members");
        builder.HasKey(m => new { m.BoxId, m.UserId });
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => m.UserId);
        builder.HasOne<BoxRecord>().WithMany().HasForeignKey(m => m.BoxId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PanoramaUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScopeIntegrationRecordConfiguration : IEntityTypeConfiguration<ScopeIntegrationRecord>
{
    public void Configure(EntityTypeBuilder<ScopeIntegrationRecord> builder)
    {
        builder.ToTable("scope_integrations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.ProjectKeys).HasMaxLength(4000);

        // One integration per connection in a box (rule 6: "Add integration -> connection").
        builder.HasIndex(i => new { i.BoxId, i.ConnectionId }).IsUnique();
        builder.HasIndex(i => i.ConnectionId);
        builder.HasOne<BoxRecord>().WithMany().HasForeignKey(i => i.BoxId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Connection>().WithMany().HasForeignKey(i => i.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScopeMembershipRecordConfiguration : IEntityTypeConfiguration<ScopeMembershipRecord>
{
    public void Configure(EntityTypeBuilder<ScopeMembershipRecord> builder)
    {
        builder.ToTable("scope_memberships");
        builder.HasKey(m => new { m.IntegrationId, m.IssueId });
        builder.HasIndex(m => new { m.ConnectionId, m.IssueId });
        builder.HasIndex(m => m.ChangeVersion);
        builder.HasOne<ScopeIntegrationRecord>().WithMany().HasForeignKey(m => m.IntegrationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BoxViewRecordConfiguration : IEntityTypeConfiguration<BoxViewRecord>
{
    public void Configure(EntityTypeBuilder<BoxViewRecord> builder)
    {
        builder.ToTable("box_views");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(v => v.Name).HasMaxLength(View.MaxNameLength);
        builder.HasIndex(v => new { v.BoxId, v.Kind, v.Name }).IsUnique();
        builder.HasOne<BoxRecord>().WithMany().HasForeignKey(v => v.BoxId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BoxTaskModeRecordConfiguration : IEntityTypeConfiguration<BoxTaskModeRecord>
{
    public void Configure(EntityTypeBuilder<BoxTaskModeRecord> builder)
    {
        builder.ToTable("box_task_modes");
        builder.HasKey(m => new { m.BoxId, m.ConnectionId, m.IssueId });
        builder.Property(m => m.Mode).HasConversion<string>().HasMaxLength(10);
        builder.HasOne<BoxRecord>().WithMany().HasForeignKey(m => m.BoxId).OnDelete(DeleteBehavior.Cascade);
    }
}
