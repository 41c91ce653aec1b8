using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Billing.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AwaitingReviewSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "awaiting_review_summaries",
                schema: "billing",
                columns: table => new
                {
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    standalone_tickets = table.Column<List<int>>(type: "integer[]", nullable: false),
                    standalone_items = table.Column<int>(type: "integer", nullable: false),
                    standalone_value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    contract_tickets = table.Column<List<int>>(type: "integer[]", nullable: false),
                    contract_entries = table.Column<int>(type: "integer", nullable: false),
                    contract_minutes = table.Column<int>(type: "integer", nullable: false),
                    fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    refreshed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_awaiting_review_summaries", x => x.client_id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "awaiting_review_summaries",
                schema: "billing");
        }
    }
}
