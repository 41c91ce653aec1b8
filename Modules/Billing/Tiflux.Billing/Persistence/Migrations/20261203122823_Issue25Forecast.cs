using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Billing.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue25Forecast : Migration
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

            migrationBuilder.CreateIndex(
                name: "ix_consumption_forecasts_running_out",
                schema: "billing",
                table: "consumption_forecasts",
                columns: new[] { "outcome", "run_out_date" },
                filter: "outcome IN (3, 4)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consumption_forecasts",
                schema: "billing");
        }
    }
}
