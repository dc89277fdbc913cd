using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panorama.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Boxes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "box_types",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_box_types", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "boxes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TypeName = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    StructureJson = table.Column<string>(type: "TEXT", nullable: true),
                    WorkingDays = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Holidays = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_boxes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_boxes_boxes_ParentId",
                        column: x => x.ParentId,
                        principalTable: "boxes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "box_members",
                columns: table => new
                {
                    BoxId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_box_members", x => new { x.BoxId, x.UserId });
                    table.ForeignKey(
                        name: "FK_box_members_boxes_BoxId",
                        column: x => x.BoxId,
                        principalTable: "boxes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_box_members_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "box_task_modes",
                columns: table => new
                {
                    BoxId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssueId = table.Column<long>(type: "INTEGER", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_box_task_modes", x => new { x.BoxId, x.ConnectionId, x.IssueId });
                    table.ForeignKey(
                        name: "FK_box_task_modes_boxes_BoxId",
                        column: x => x.BoxId,
                        principalTable: "boxes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "box_views",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoxId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ColumnsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_box_views", x => x.Id);
                    table.ForeignKey(
                        name: "FK_box_views_boxes_BoxId",
                        column: x => x.BoxId,
                        principalTable: "boxes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "scope_integrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoxId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectKeys = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Jql = table.Column<string>(type: "TEXT", nullable: true),
                    NarrowingJql = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scope_integrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_scope_integrations_boxes_BoxId",
                        column: x => x.BoxId,
                        principalTable: "boxes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_scope_integrations_connections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "connections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "scope_memberships",
                columns: table => new
                {
                    IntegrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssueId = table.Column<long>(type: "INTEGER", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangeVersion = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scope_memberships", x => new { x.IntegrationId, x.IssueId });
                    table.ForeignKey(
                        name: "FK_scope_memberships_scope_integrations_IntegrationId",
                        column: x => x.IntegrationId,
                        principalTable: "scope_integrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_box_members_UserId",
                table: "box_members",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_box_views_BoxId_Kind_Name",
                table: "box_views",
                columns: new[] { "BoxId", "Kind", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_boxes_ParentId",
                table: "boxes",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_scope_integrations_BoxId_ConnectionId",
                table: "scope_integrations",
                columns: new[] { "BoxId", "ConnectionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_scope_integrations_ConnectionId",
                table: "scope_integrations",
                column: "ConnectionId");

            migrationBuilder.CreateIndex(
                name: "IX_scope_memberships_ChangeVersion",
                table: "scope_memberships",
                column: "ChangeVersion");

            migrationBuilder.CreateIndex(
                name: "IX_scope_memberships_ConnectionId_IssueId",
                table: "scope_memberships",
                columns: new[] { "ConnectionId", "IssueId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "box_members");

            migrationBuilder.DropTable(
                name: "box_task_modes");

            migrationBuilder.DropTable(
                name: "box_types");

            migrationBuilder.DropTable(
                name: "box_views");

            migrationBuilder.DropTable(
                name: "scope_memberships");

            migrationBuilder.DropTable(
                name: "scope_integrations");

            migrationBuilder.DropTable(
                name: "boxes");
        }
    }
}
