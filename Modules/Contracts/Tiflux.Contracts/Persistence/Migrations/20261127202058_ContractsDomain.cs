using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Contracts.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ContractsDomain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,");

            migrationBuilder.CreateSequence<int>(
                name: "contract_number_seq",
                schema: "contracts");

            migrationBuilder.CreateTable(
                name: "clients",
                schema: "contracts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    legal_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    tax_id = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    finance_emails = table.Column<List<string>>(type: "text[]", nullable: false),
                    report_layout = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clients", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "contract_types",
                schema: "contracts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    modality = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contract_types", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "extra_expenses",
                schema: "contracts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    unit_value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_extra_expenses", x => x.id);
                    table.CheckConstraint("ck_extra_expenses_value", "unit_value >= 0");
                });

            migrationBuilder.CreateTable(
                name: "standalone_services",
                schema: "contracts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: true),
                    external_hour_rate = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    remote_hour_rate = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    internal_hour_rate = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_standalone_services", x => x.id);
                    table.CheckConstraint("ck_standalone_services_rates", "external_hour_rate >= 0 AND remote_hour_rate >= 0 AND internal_hour_rate >= 0");
                });

            migrationBuilder.CreateTable(
                name: "travels",
                schema: "contracts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    scope = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contract_id = table.Column<Guid>(type: "uuid", nullable: true),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_travels", x => x.id);
                    table.CheckConstraint("ck_travels_value", "value >= 0");
                });

            migrationBuilder.CreateTable(
                name: "resource_groups",
                schema: "contracts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resource_groups", x => x.id);
                    table.ForeignKey(
                        name: "fk_resource_groups_clients_client_id",
                        column: x => x.client_id,
                        principalSchema: "contracts",
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "contracts",
                schema: "contracts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false, defaultValueSql: "nextval('contracts.contract_number_seq')"),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    contract_type_id = table.Column<Guid>(type: "uuid", nullable: false),
                    modality = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    billing_timing = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    billing_days_before = table.Column<int>(type: "integer", nullable: false),
                    automatic_billing = table.Column<bool>(type: "boolean", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    expiration_date = table.Column<DateOnly>(type: "date", nullable: true),
                    duration_months = table.Column<int>(type: "integer", nullable: true),
                    automatic_renewal = table.Column<bool>(type: "boolean", nullable: false),
                    cycle_anchor = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    adjustment_interval_months = table.Column<int>(type: "integer", nullable: true),
                    next_adjustment_date = table.Column<DateOnly>(type: "date", nullable: true),
                    permit_entries_while_pending_adjustment = table.Column<bool>(type: "boolean", nullable: false),
                    cancelled_on = table.Column<DateOnly>(type: "date", nullable: true),
                    cancellation_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    technical_notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    rollover_cap_minutes = table.Column<int>(type: "integer", nullable: true),
                    rollover_expiry_cycles = table.Column<int>(type: "integer", nullable: true),
                    time_rounding_increment_minutes = table.Column<int>(type: "integer", nullable: false),
                    minimum_minutes_per_entry = table.Column<int>(type: "integer", nullable: false),
                    reminder_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    reminder_percent = table.Column<int>(type: "integer", nullable: true),
                    reminder_emails = table.Column<List<string>>(type: "text[]", nullable: false),
                    shared_member_client_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contracts", x => x.id);
                    table.CheckConstraint("ck_contracts_billing_days_before", "billing_days_before BETWEEN 0 AND 28");
                    table.CheckConstraint("ck_contracts_expiration_after_start", "expiration_date IS NULL OR expiration_date >= start_date");
                    table.ForeignKey(
                        name: "fk_contracts_clients_client_id",
                        column: x => x.client_id,
                        principalSchema: "contracts",
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_contracts_contract_types_contract_type_id",
                        column: x => x.contract_type_id,
                        principalSchema: "contracts",
                        principalTable: "contract_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "resources",
                schema: "contracts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    resource_group_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_resources", x => x.id);
                    table.ForeignKey(
                        name: "fk_resources_clients_client_id",
                        column: x => x.client_id,
                        principalSchema: "contracts",
                        principalTable: "clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_resources_resource_groups_resource_group_id",
                        column: x => x.resource_group_id,
                        principalSchema: "contracts",
                        principalTable: "resource_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "contract_riders",
                schema: "contracts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contract_id = table.Column<Guid>(type: "uuid", nullable: false),
                    release = table.Column<int>(type: "integer", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    due_day = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    discount_value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    discount_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    included_minutes = table.Column<int>(type: "integer", nullable: true),
                    surplus_hour_rate = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    tax = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    external_rate = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    remote_rate = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    internal_rate = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    included_tickets = table.Column<int>(type: "integer", nullable: true),
                    extra_ticket_value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_by = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contract_riders", x => x.id);
                    table.CheckConstraint("ck_contract_riders_due_day", "due_day BETWEEN 1 AND 28");
                    table.CheckConstraint("ck_contract_riders_end_after_start", "end_date IS NULL OR end_date >= start_date");
                    table.CheckConstraint("ck_contract_riders_non_negative", "value >= 0 AND discount_value >= 0");
                    table.ForeignKey(
                        name: "fk_contract_riders_contracts_contract_id",
                        column: x => x.contract_id,
                        principalSchema: "contracts",
                        principalTable: "contracts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "price_adjustments",
                schema: "contracts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    contract_id = table.Column<Guid>(type: "uuid", nullable: false),
                    effective_date = table.Column<DateOnly>(type: "date", nullable: false),
                    percent = table.Column<decimal>(type: "numeric(9,4)", precision: 9, scale: 4, nullable: true),
                    new_value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    index_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    previous_value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    resulting_value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    created_rider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    applied_by = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_price_adjustments", x => x.id);
                    table.ForeignKey(
                        name: "fk_price_adjustments_contracts_contract_id",
                        column: x => x.contract_id,
                        principalSchema: "contracts",
                        principalTable: "contracts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rider_items",
                schema: "contracts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    rider_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    monthly_value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    quantity = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rider_items", x => x.id);
                    table.CheckConstraint("ck_rider_items_positive", "quantity > 0 AND monthly_value >= 0");
                    table.ForeignKey(
                        name: "fk_rider_items_contract_riders_rider_id",
                        column: x => x.rider_id,
                        principalSchema: "contracts",
                        principalTable: "contract_riders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_clients_name",
                schema: "contracts",
                table: "clients",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_clients_tax_id",
                schema: "contracts",
                table: "clients",
                column: "tax_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contract_riders_contract_id_release",
                schema: "contracts",
                table: "contract_riders",
                columns: new[] { "contract_id", "release" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contract_types_name",
                schema: "contracts",
                table: "contract_types",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_contracts_client_id",
                schema: "contracts",
                table: "contracts",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_contracts_contract_type_id",
                schema: "contracts",
                table: "contracts",
                column: "contract_type_id");

            migrationBuilder.CreateIndex(
                name: "ix_contracts_number",
                schema: "contracts",
                table: "contracts",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_price_adjustments_contract_id_effective_date",
                schema: "contracts",
                table: "price_adjustments",
                columns: new[] { "contract_id", "effective_date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_resource_groups_client_id_name",
                schema: "contracts",
                table: "resource_groups",
                columns: new[] { "client_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_resources_client_id",
                schema: "contracts",
                table: "resources",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_resources_resource_group_id",
                schema: "contracts",
                table: "resources",
                column: "resource_group_id");

            migrationBuilder.CreateIndex(
                name: "ix_rider_items_rider_id",
                schema: "contracts",
                table: "rider_items",
                column: "rider_id");

            // At most one rider of a contract in force on any date, guaranteed by the database.
            migrationBuilder.Sql("""
                ALTER TABLE contracts.contract_riders
                ADD CONSTRAINT ex_contract_riders_no_overlap
                EXCLUDE USING gist (contract_id WITH =, daterange(start_date, end_date, '[]') WITH &&);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE contracts.contract_riders DROP CONSTRAINT IF EXISTS ex_contract_riders_no_overlap;");

            migrationBuilder.DropTable(
                name: "extra_expenses",
                schema: "contracts");

            migrationBuilder.DropTable(
                name: "price_adjustments",
                schema: "contracts");

            migrationBuilder.DropTable(
                name: "resources",
                schema: "contracts");

            migrationBuilder.DropTable(
                name: "rider_items",
                schema: "contracts");

            migrationBuilder.DropTable(
                name: "standalone_services",
                schema: "contracts");

            migrationBuilder.DropTable(
                name: "travels",
                schema: "contracts");

            migrationBuilder.DropTable(
                name: "resource_groups",
                schema: "contracts");

            migrationBuilder.DropTable(
                name: "contract_riders",
                schema: "contracts");

            migrationBuilder.DropTable(
                name: "contracts",
                schema: "contracts");

            migrationBuilder.DropTable(
                name: "clients",
                schema: "contracts");

            migrationBuilder.DropTable(
                name: "contract_types",
                schema: "contracts");

            migrationBuilder.DropSequence(
                name: "contract_number_seq",
                schema: "contracts");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:btree_gist", ",,");
        }
    }
}
