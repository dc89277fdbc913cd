using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Panorama.Data.Tasks;

internal sealed class TaskRecordConfiguration : IEntityTypeConfiguration<TaskRecord>
{
    public void Configure(EntityTypeBuilder<TaskRecord> builder)
    {
        builder.ToTable("tasks");
        builder.HasKey(t => new { t.ConnectionId, t.IssueId });
        builder.Property(t => t.IssueKey).HasMaxLength(64);
        builder.Property(t => t.ProjectId).HasMaxLength(32);
        builder.Property(t => t.ProjectKey).HasMaxLength(64);
        builder.Property(t => t.IssueTypeId).HasMaxLength(32);
        builder.Property(t => t.StatusId).HasMaxLength(32);
        builder.Property(t => t.StatusCategory).HasConversion<string>().HasMaxLength(20);

        // What boxes and sync query: a project's tasks, a parent's children, changes since a time or a version.
        builder.HasIndex(t => new { t.ConnectionId, t.ProjectKey });
        builder.HasIndex(t => new { t.ConnectionId, t.ParentIssueId });
        builder.HasIndex(t => new { t.ConnectionId, t.Updated });
        builder.HasIndex(t => new { t.ConnectionId, t.IssueKey });
        builder.HasIndex(t => t.ChangeVersion);
    }
}

internal sealed class TaskLinkRecordConfiguration : IEntityTypeConfiguration<TaskLinkRecord>
{
    public void Configure(EntityTypeBuilder<TaskLinkRecord> builder)
    {
        builder.ToTable("task_links");
        builder.HasKey(l => new { l.ConnectionId, l.LinkId });
        builder.Property(l => l.LinkTypeId).HasMaxLength(32);
        builder.HasIndex(l => new { l.ConnectionId, l.SourceIssueId });
        builder.HasIndex(l => new { l.ConnectionId, l.DestinationIssueId });
        builder.HasIndex(l => l.ChangeVersion);
    }
}

internal sealed class AppDependencyRecordConfiguration : IEntityTypeConfiguration<AppDependencyRecord>
{
    public void Configure(EntityTypeBuilder<AppDependencyRecord> builder)
    {
        builder.ToTable("app_dependencies");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(2);
        builder.Property(d => d.Strength).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(d => new { d.PredecessorConnectionId, d.PredecessorIssueId });
        builder.HasIndex(d => new { d.SuccessorConnectionId, d.SuccessorIssueId });
        builder.HasIndex(d => d.ChangeVersion);
    }
}
