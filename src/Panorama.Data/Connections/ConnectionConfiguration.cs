using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Panorama.Core.Connections;

namespace Panorama.Data.Connections;

internal sealed class ConnectionConfiguration : IEntityTypeConfiguration<Connection>
{
    public void Configure(EntityTypeBuilder<Connection> builder)
    {
        builder.ToTable("connections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.BaseUrl).HasMaxLength(500);
        builder.Property(c => c.Email).HasMaxLength(320);
        builder.Property(c => c.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Version).IsConcurrencyToken();

        // Exactly one primary (SPEC 1): a partial unique index lets the database itself refuse a second one.
        builder.HasIndex(c => c.Role)
            .IsUnique()
            .HasFilter($"\"Role\" = '{nameof(ConnectionRole.Primary)}'")
            .HasDatabaseName("ix_connections_single_primary");
    }
}
