using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Integrations.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "integrations");

            migrationBuilder.CreateTable(
                name: "charges",
                schema: "integrations",
                columns: table => new
                {
                    billing_id = table.Column<Guid>(type: "uuid", nullable: false),
                    billing_number = table.Column<int>(type: "integer", nullable: false),
                    provider = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    operation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    refund_requested = table.Column<bool>(type: "boolean", nullable: false),
                    customer_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    external_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    sale_number = table.Column<long>(type: "bigint", nullable: true),
                    financial_event_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    remote_status = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    invoice_url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    bank_slip_url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    pix_code = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    nfse_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    nfse_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    nfse_status = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    last_error = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_charges", x => x.billing_id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "integrations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "integrations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    provider = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    asaas_environment = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    asaas_billing_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    asaas_api_key_protected = table.Column<string>(type: "text", nullable: true),
                    asaas_webhook_token_protected = table.Column<string>(type: "text", nullable: true),
                    issue_nfse = table.Column<bool>(type: "boolean", nullable: false),
                    municipal_service_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    municipal_service_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    retain_iss = table.Column<bool>(type: "boolean", nullable: false),
                    iss = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    pis = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    cofins = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    csll = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    inss = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    ir = table.Column<decimal>(type: "numeric(7,4)", precision: 7, scale: 4, nullable: false),
                    conta_azul_client_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    conta_azul_client_secret_protected = table.Column<string>(type: "text", nullable: true),
                    conta_azul_access_token_protected = table.Column<string>(type: "text", nullable: true),
                    conta_azul_refresh_token_protected = table.Column<string>(type: "text", nullable: true),
                    conta_azul_access_token_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    conta_azul_connected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    conta_azul_pending_state = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_settings", x => x.id);
                    table.CheckConstraint("ck_settings_single_row", "id = 1");
                });

            migrationBuilder.CreateTable(
                name: "webhook_events",
                schema: "integrations",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    @event = table.Column<string>(name: "event", type: "character varying(100)", maxLength: 100, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    payload = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_events", x => x.id);
                });

            migrationBuilder.InsertData(
                schema: "integrations",
                table: "settings",
                columns: new[] { "id", "asaas_api_key_protected", "asaas_billing_type", "asaas_environment", "asaas_webhook_token_protected", "cofins", "conta_azul_access_token_expires_at", "conta_azul_access_token_protected", "conta_azul_client_id", "conta_azul_client_secret_protected", "conta_azul_connected_at", "conta_azul_pending_state", "conta_azul_refresh_token_protected", "csll", "inss", "ir", "iss", "issue_nfse", "municipal_service_code", "municipal_service_name", "pis", "provider", "retain_iss", "updated_at", "updated_by" },
                values: new object[] { 1, null, "Boleto", "Sandbox", null, 0m, null, null, "", null, null, null, null, 0m, 0m, 0m, 0m, false, "", "", 0m, "None", false, null, "" });

            migrationBuilder.CreateIndex(
                name: "ix_charges_external_id",
                schema: "integrations",
                table: "charges",
                column: "external_id");

            migrationBuilder.CreateIndex(
                name: "ix_charges_status",
                schema: "integrations",
                table: "charges",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_occurred_at",
                schema: "integrations",
                table: "outbox_messages",
                column: "occurred_at",
                filter: "processed_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "charges",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "integrations");

            migrationBuilder.DropTable(
                name: "webhook_events",
                schema: "integrations");
        }
    }
}
