using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panorama.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "connections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BaseUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CloudId = table.Column<string>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    ProtectedApiToken = table.Column<string>(type: "TEXT", nullable: false),
                    ProtectedWebhookSecret = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastCheckedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSyncedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TokenSetAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FieldMappingJson = table.Column<string>(type: "TEXT", nullable: false),
                    DependencyMappingJson = table.Column<string>(type: "TEXT", nullable: false),
                    FieldsJson = table.Column<string>(type: "TEXT", nullable: true),
                    LinkTypesJson = table.Column<string>(type: "TEXT", nullable: true),
                    FieldsRefreshedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ManageWebhook = table.Column<bool>(type: "INTEGER", nullable: false),
                    WebhookId = table.Column<string>(type: "TEXT", nullable: true),
                    WebhookJql = table.Column<string>(type: "TEXT", nullable: true),
                    WebhookRegisteredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WebhookError = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
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
