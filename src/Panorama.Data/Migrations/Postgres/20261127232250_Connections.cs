using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Panorama.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Connections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "connections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BaseUrl = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CloudId = table.Column<string>(type: "text", nullable: true),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    ProtectedApiToken = table.Column<string>(type: "text", nullable: false),
                    ProtectedWebhookSecret = table.Column<string>(type: "text", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastCheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastSyncedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    TokenSetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FieldMappingJson = table.Column<string>(type: "text", nullable: false),
                    DependencyMappingJson = table.Column<string>(type: "text", nullable: false),
                    FieldsJson = table.Column<string>(type: "text", nullable: true),
                    LinkTypesJson = table.Column<string>(type: "text", nullable: true),
                    FieldsRefreshedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ManageWebhook = table.Column<bool>(type: "boolean", nullable: false),
                    WebhookId = table.Column<string>(type: "text", nullable: true),
                    WebhookJql = table.Column<string>(type: "text", nullable: true),
                    WebhookRegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WebhookError = table.Column<string>(type: "text", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_connections", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_connections_Name",
                table: "connections",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_connections_single_primary",
                table: "connections",
                column: "Role",
                unique: true,
                filter: "\"Role\" = 'Primary'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "connections");
        }
    }
}
