using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Panorama.Data.Sync;

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedOnAdd();
        builder.Property(d => d.Identifier).HasMaxLength(200);
        builder.Property(d => d.Event).HasMaxLength(100);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.ClaimedBy).HasMaxLength(200);
        builder.Property(d => d.AppliedBy).HasMaxLength(200);

        // The dedupe key: Jira's identifier is the same across its retries of one delivery.
        builder.HasIndex(d => new { d.ConnectionId, d.Identifier }).IsUnique();
        builder.HasIndex(d => new { d.ConnectionId, d.State, d.Id });
        builder.HasIndex(d => d.ReceivedAt);
    }
}

internal sealed class WriteBackChangeConfiguration : IEntityTypeConfiguration<WriteBackChangeRecord>
{
    public void Configure(EntityTypeBuilder<WriteBackChangeRecord> builder)
    {
        builder.ToTable("write_back_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Description).HasMaxLength(500);
        builder.Property(c => c.ActorDisplay).HasMaxLength(256);
        builder.HasIndex(c => c.CreatedAt);
        builder.HasIndex(c => c.UndoOf);
    }
}

internal sealed class WriteBackOperationConfiguration : IEntityTypeConfiguration<WriteBackOperationRecord>
{
    public void Configure(EntityTypeBuilder<WriteBackOperationRecord> builder)
    {
        builder.ToTable("write_back_operations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedOnAdd();
        builder.Property(o => o.IssueKey).HasMaxLength(64);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.State).HasConversion<string>().HasMaxLength(10);
        builder.Property(o => o.ClaimedBy).HasMaxLength(200);
        builder.HasIndex(o => o.ChangeId);
        builder.HasIndex(o => new { o.ConnectionId, o.State, o.NextAttemptAt });
        builder.HasIndex(o => new { o.ConnectionId, o.IssueId, o.Id });
    }
}

internal sealed class SyncStateConfiguration : IEntityTypeConfiguration<SyncStateRecord>
{
    public void Configure(EntityTypeBuilder<SyncStateRecord> builder)
    {
        builder.ToTable("sync_state");
        builder.HasKey(s => s.ConnectionId);
        builder.Property(s => s.ImportState).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.LeaseOwner).HasMaxLength(200);
    }
}

internal sealed class ChangeCounterConfiguration : IEntityTypeConfiguration<ChangeCounter>
{
    public void Configure(EntityTypeBuilder<ChangeCounter> builder)
    {
        builder.ToTable("change_counters");
        builder.HasKey(c => c.Name);
        builder.Property(c => c.Name).HasMaxLength(50);
        builder.HasData(new ChangeCounter { Name = ChangeCounter.Tasks, Value = 0 });
    }
}
