using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Billing.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue25Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "consumption_forecasts",
                schema: "billing",
                columns: table => new
                {
                    contract_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contract_number = table.Column<int>(type: "integer", nullable: false),
                    contract_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    cycle_end = table.Column<DateOnly>(type: "date", nullable: false),
                    run_out_date = table.Column<DateOnly>(type: "date", nullable: true),
                    outcome = table.Column<int>(type: "integer", nullable: false),
                    projected_percent = table.Column<int>(type: "integer", nullable: false),
                    headline = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consumption_forecasts", x => x.contract_id);
                });

            migrationBuilder.CreateTable(
                name: "run_plans",
                schema: "billing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    run_date = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    cycle_count = table.Column<int>(type: "integer", nullable: false),
                    cycles = table.Column<string>(type: "jsonb", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_run_plans", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_billing_lines_reference_date",
                schema: "billing",
                table: "billing_lines",
                column: "reference_date");

            migrationBuilder.CreateIndex(
                name: "ix_consumption_forecasts_running_out",
                schema: "billing",
                table: "consumption_forecasts",
                columns: new[] { "outcome", "run_out_date" },
                filter: "outcome IN (3, 4)");

            migrationBuilder.CreateIndex(
                name: "ix_run_plans_run_date_created_at",
                schema: "billing",
                table: "run_plans",
                columns: new[] { "run_date", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consumption_forecasts",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "run_plans",
                schema: "billing");

            migrationBuilder.DropIndex(
                name: "ix_billing_lines_reference_date",
                schema: "billing",
                table: "billing_lines");
        }
    }
}
