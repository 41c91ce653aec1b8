using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Billing.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class BillingEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence<int>(
                name: "billing_number_seq",
                schema: "billing");

            migrationBuilder.CreateTable(
                name: "balance_ledger",
                schema: "billing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contract_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cycle_index = table.Column<int>(type: "integer", nullable: false),
                    billing_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    lot_cycle_index = table.Column<int>(type: "integer", nullable: true),
                    expires_after_cycle = table.Column<int>(type: "integer", nullable: true),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_balance_ledger", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "billings",
                schema: "billing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false, defaultValueSql: "nextval('billing.billing_number_seq')"),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    billing_date = table.Column<DateOnly>(type: "date", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    items_total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    discount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    interest = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    real_value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    nfe_number = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    observations = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    reversed = table.Column<bool>(type: "boolean", nullable: false),
                    reversed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reversed_by = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    reversal_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    paid = table.Column<bool>(type: "boolean", nullable: false),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_by = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_billings", x => x.id);
                    table.CheckConstraint("ck_billings_amounts", "discount >= 0 AND interest >= 0 AND items_total >= 0 AND real_value >= 0");
                    table.CheckConstraint("ck_billings_real_value", "real_value = items_total - discount + interest");
                });

            migrationBuilder.CreateTable(
                name: "billed_cycles",
                schema: "billing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    billing_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contract_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cycle_index = table.Column<int>(type: "integer", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_billed_cycles", x => x.id);
                    table.ForeignKey(
                        name: "fk_billed_cycles_billings_billing_id",
                        column: x => x.billing_id,
                        principalSchema: "billing",
                        principalTable: "billings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "billing_lines",
                schema: "billing",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    billing_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    group_key = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    contract_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contract_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    cycle_index = table.Column<int>(type: "integer", nullable: true),
                    ticket_number = table.Column<int>(type: "integer", nullable: true),
                    source_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reference_date = table.Column<DateOnly>(type: "date", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    period_start = table.Column<DateOnly>(type: "date", nullable: true),
                    period_end = table.Column<DateOnly>(type: "date", nullable: true),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    quantity = table.Column<decimal>(type: "numeric(14,4)", precision: 14, scale: 4, nullable: false),
                    unit = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    unit_value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    explanation_json = table.Column<string>(type: "jsonb", maxLength: 500, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_billing_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_billing_lines_billings_billing_id",
                        column: x => x.billing_id,
                        principalSchema: "billing",
                        principalTable: "billings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_balance_ledger_billing_id",
                schema: "billing",
                table: "balance_ledger",
                column: "billing_id");

            migrationBuilder.CreateIndex(
                name: "ix_balance_ledger_contract_id_cycle_index",
                schema: "billing",
                table: "balance_ledger",
                columns: new[] { "contract_id", "cycle_index" });

            migrationBuilder.CreateIndex(
                name: "ix_billed_cycles_billing_id",
                schema: "billing",
                table: "billed_cycles",
                column: "billing_id");

            migrationBuilder.CreateIndex(
                name: "ux_billed_cycles_active_cycle",
                schema: "billing",
                table: "billed_cycles",
                columns: new[] { "contract_id", "cycle_index" },
                unique: true,
                filter: "active");

            migrationBuilder.CreateIndex(
                name: "ix_billing_lines_billing_id",
                schema: "billing",
                table: "billing_lines",
                column: "billing_id");

            migrationBuilder.CreateIndex(
                name: "ix_billing_lines_ticket_number",
                schema: "billing",
                table: "billing_lines",
                column: "ticket_number");

            migrationBuilder.CreateIndex(
                name: "ux_billing_lines_active_key",
                schema: "billing",
                table: "billing_lines",
                column: "key",
                unique: true,
                filter: "active");

            migrationBuilder.CreateIndex(
                name: "ix_billings_client_id_billing_date",
                schema: "billing",
                table: "billings",
                columns: new[] { "client_id", "billing_date" });

            migrationBuilder.CreateIndex(
                name: "ix_billings_nfe_number",
                schema: "billing",
                table: "billings",
                column: "nfe_number");

            migrationBuilder.CreateIndex(
                name: "ix_billings_number",
                schema: "billing",
                table: "billings",
                column: "number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "balance_ledger",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "billed_cycles",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "billing_lines",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "billings",
                schema: "billing");

            migrationBuilder.DropSequence(
                name: "billing_number_seq",
                schema: "billing");
        }
    }
}
