using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Panorama.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SyncEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LocalEditAt",
                table: "tasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OutOfScopeAt",
                table: "tasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "change_counters",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_counters", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "sync_state",
                columns: table => new
                {
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportState = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ImportDone = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportEstimate = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportStartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ImportFinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HighWaterMark = table.Column<long>(type: "INTEGER", nullable: true),
                    LastReconciledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSweepAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    ImportRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReconcileRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    SweepRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    PausedBySync = table.Column<bool>(type: "INTEGER", nullable: false),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sync_state", x => x.ConnectionId);
                });

            migrationBuilder.CreateTable(
                name: "webhook_deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Identifier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssueId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    AppliedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AppliedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhook_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "write_back_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorDisplay = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UndoOf = table.Column<Guid>(type: "TEXT", nullable: true),
                    Confirmed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_write_back_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "write_back_operations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChangeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssueId = table.Column<long>(type: "INTEGER", nullable: true),
                    IssueKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: false),
                    OldValuesJson = table.Column<string>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Error = table.Column<string>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_write_back_operations", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "change_counters",
                columns: new[] { "Name", "Value" },
                values: new object[] { "tasks", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_webhook_deliveries_ConnectionId_Identifier",
                table: "webhook_deliveries",
                columns: new[] { "ConnectionId", "Identifier" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_webhook_deliveries_ConnectionId_State_Id",
                table: "webhook_deliveries",
                columns: new[] { "ConnectionId", "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_webhook_deliveries_ReceivedAt",
                table: "webhook_deliveries",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_write_back_changes_CreatedAt",
                table: "write_back_changes",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_write_back_changes_UndoOf",
                table: "write_back_changes",
                column: "UndoOf");

            migrationBuilder.CreateIndex(
                name: "IX_write_back_operations_ChangeId",
                table: "write_back_operations",
                column: "ChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_write_back_operations_ConnectionId_IssueId_Id",
                table: "write_back_operations",
                columns: new[] { "ConnectionId", "IssueId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_write_back_operations_ConnectionId_State_NextAttemptAt",
                table: "write_back_operations",
                columns: new[] { "ConnectionId", "State", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "change_counters");

            migrationBuilder.DropTable(
                name: "sync_state");

            migrationBuilder.DropTable(
                name: "webhook_deliveries");

            migrationBuilder.DropTable(
                name: "write_back_changes");

            migrationBuilder.DropTable(
                name: "write_back_operations");

            migrationBuilder.DropColumn(
                name: "LocalEditAt",
                table: "tasks");

            migrationBuilder.DropColumn(
                name: "OutOfScopeAt",
                table: "tasks");
        }
    }
}
