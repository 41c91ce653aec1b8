using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Tiflux.BuildingBlocks.Persistence;

#nullable disable

namespace Tiflux.Billing.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RunBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "batches",
                schema: "billing",
                table: "billing_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "batches_done",
                schema: "billing",
                table: "billing_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "run_batches",
                schema: "billing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    client_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    contract_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    cycle_indexes = table.Column<int[]>(type: "integer[]", nullable: false),
                    done = table.Column<bool>(type: "boolean", nullable: false),
                    billed = table.Column<int>(type: "integer", nullable: false),
                    skipped = table.Column<int>(type: "integer", nullable: false),
                    failed = table.Column<int>(type: "integer", nullable: false),
                    total_value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_run_batches", x => x.id);
                    table.ForeignKey(
                        name: "fk_run_batches_billing_runs_run_id",
                        column: x => x.run_id,
                        principalSchema: "billing",
                        principalTable: "billing_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_run_batches_run_id_number",
                schema: "billing",
                table: "run_batches",
                columns: new[] { "run_id", "number" },
                unique: true);

            // The pending engine reads no billing setting, but every billing bumps the number counter in that row: the
            // "every client" stamp made each billing look like a change to every client's pending values, so batches
            // on other workers priced again under the lock, one after the other.
            migrationBuilder.Sql(ChangeStampTriggers.Untrack("billing", "billing_settings"));

            // An automatic batch writes its billings under these (distinct, negative) numbers, then numbers them holding the
            // settings lock just before it commits; no committed billing keeps one.
            migrationBuilder.Sql("CREATE SEQUENCE billing.provisional_billing_numbers AS integer INCREMENT BY -1 MINVALUE -2147483647 MAXVALUE -1 START WITH -1 CYCLE");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP SEQUENCE billing.provisional_billing_numbers");
            migrationBuilder.Sql(ChangeStampTriggers.TrackForEveryone("billing", "billing_settings"));

            migrationBuilder.DropTable(
                name: "run_batches",
                schema: "billing");

            migrationBuilder.DropColumn(
                name: "batches",
                schema: "billing",
                table: "billing_runs");

            migrationBuilder.DropColumn(
                name: "batches_done",
                schema: "billing",
                table: "billing_runs");
        }
    }
}
