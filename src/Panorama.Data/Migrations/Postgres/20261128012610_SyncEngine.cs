using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Panorama.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SyncEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LocalEditAt",
                table: "tasks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OutOfScopeAt",
                table: "tasks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "change_counters",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_counters", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "sync_state",
                columns: table => new
                {
                    ConnectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ImportState = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ImportDone = table.Column<long>(type: "bigint", nullable: false),
                    ImportEstimate = table.Column<long>(type: "bigint", nullable: false),
                    ImportStartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ImportFinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HighWaterMark = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastReconciledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastSweepAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    ImportRequested = table.Column<bool>(type: "boolean", nullable: false),
                    ReconcileRequested = table.Column<bool>(type: "boolean", nullable: false),
                    SweepRequested = table.Column<bool>(type: "boolean", nullable: false),
                    PausedBySync = table.Column<bool>(type: "boolean", nullable: false),
                    LeaseOwner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LeaseUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sync_state", x => x.ConnectionId);
                });

            migrationBuilder.CreateTable(
                name: "webhook_deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConnectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Identifier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Event = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssueId = table.Column<long>(type: "bigint", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ClaimedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AppliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AppliedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_webhook_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "write_back_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorDisplay = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UndoOf = table.Column<Guid>(type: "uuid", nullable: true),
                    Confirmed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_write_back_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "write_back_operations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssueId = table.Column<long>(type: "bigint", nullable: true),
                    IssueKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PayloadJson = table.Column<string>(type: "text", nullable: false),
                    OldValuesJson = table.Column<string>(type: "text", nullable: true),
                    State = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Error = table.Column<string>(type: "text", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClaimedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResultJson = table.Column<string>(type: "text", nullable: true)
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
