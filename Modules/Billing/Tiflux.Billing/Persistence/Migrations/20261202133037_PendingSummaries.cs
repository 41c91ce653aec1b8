using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Tiflux.BuildingBlocks.Persistence;

#nullable disable

namespace Tiflux.Billing.Persistence.Migrations
{
    /// <summary>
    /// The stored pending summaries and Billing's own change stamps (billings, their lines, billed cycles, ledger;
    /// settings concern every client), ADR 0019.
    /// </summary>
    public partial class PendingSummaries : Migration
    {
        // The billing ids as an array first: the planner knows nothing of a transition table's size and would otherwise
        // hash-join it with every billing instead of looking the changed ones up by key.
        private const string OfBilling = "SELECT b.client_id FROM billing.billings b WHERE b.id = ANY (ARRAY(SELECT DISTINCT changed.billing_id FROM {rows}))";

        private static readonly string[] ByBilling = ["billing_lines", "billed_cycles", "balance_ledger"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pending_summaries",
                schema: "billing",
                columns: table => new
                {
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    exact_due_date = table.Column<bool>(type: "boolean", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    contract_total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    contract_lines = table.Column<int>(type: "integer", nullable: false),
                    contract_earliest_due = table.Column<DateOnly>(type: "date", nullable: true),
                    standalone_total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    standalone_lines = table.Column<int>(type: "integer", nullable: false),
                    standalone_earliest_due = table.Column<DateOnly>(type: "date", nullable: true),
                    problems = table.Column<List<string>>(type: "text[]", nullable: false),
                    fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    refreshed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pending_summaries", x => new { x.as_of, x.exact_due_date, x.client_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_pending_summaries_refreshed_at",
                schema: "billing",
                table: "pending_summaries",
                column: "refreshed_at");

            migrationBuilder.Sql(ChangeStampTriggers.CreateTable("billing", "SELECT client_id FROM billing.billings"));
            migrationBuilder.Sql(ChangeStampTriggers.Track("billing", "billings", "SELECT changed.client_id FROM {rows}"));
            foreach (var table in ByBilling)
            {
                migrationBuilder.Sql(ChangeStampTriggers.Track("billing", table, OfBilling));
            }

            migrationBuilder.Sql(ChangeStampTriggers.TrackForEveryone("billing", "billing_settings"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in (string[])[.. ByBilling, "billings", "billing_settings"])
            {
                migrationBuilder.Sql(ChangeStampTriggers.Untrack("billing", table));
            }

            migrationBuilder.Sql(ChangeStampTriggers.DropTable("billing"));

            migrationBuilder.DropTable(
                name: "pending_summaries",
                schema: "billing");
        }
    }
}
