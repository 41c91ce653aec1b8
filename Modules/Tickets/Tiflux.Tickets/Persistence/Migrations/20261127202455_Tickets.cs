using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Tickets.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Tickets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence<int>(
                name: "ticket_number_seq",
                schema: "tickets",
                startValue: 1000L);

            migrationBuilder.CreateTable(
                name: "organization_settings",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    allow_overlapping_entries = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organization_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "service_desks",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    client_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    valuation_mode = table.Column<int>(type: "integer", nullable: false),
                    review_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    reviewer_kind = table.Column<int>(type: "integer", nullable: false),
                    review_deadline_hours = table.Column<int>(type: "integer", nullable: false),
                    may_reopen_reviewed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_desks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tickets",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false, defaultValueSql: "nextval('tickets.ticket_number_seq')"),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    desk_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status_id = table.Column<Guid>(type: "uuid", nullable: false),
                    priority_id = table.Column<Guid>(type: "uuid", nullable: false),
                    responsible_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    responsible_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    requester_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requester_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    resource_id = table.Column<Guid>(type: "uuid", nullable: true),
                    resource_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    resource_group_id = table.Column<Guid>(type: "uuid", nullable: true),
                    resource_group_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    state = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    review_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    auto_reviewed = table.Column<bool>(type: "boolean", nullable: false),
                    rating = table.Column<int>(type: "integer", nullable: true),
                    review_comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    disapproval_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    reopen_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tickets", x => x.id);
                    table.CheckConstraint("ck_tickets_rating", "rating IS NULL OR rating BETWEEN 1 AND 5");
                });

            migrationBuilder.CreateTable(
                name: "desk_priorities",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    desk_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_desk_priorities", x => x.id);
                    table.ForeignKey(
                        name: "fk_desk_priorities_service_desks_desk_id",
                        column: x => x.desk_id,
                        principalSchema: "tickets",
                        principalTable: "service_desks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "desk_stages",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    desk_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_desk_stages", x => x.id);
                    table.ForeignKey(
                        name: "fk_desk_stages_service_desks_desk_id",
                        column: x => x.desk_id,
                        principalSchema: "tickets",
                        principalTable: "service_desks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "desk_statuses",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    desk_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_desk_statuses", x => x.id);
                    table.ForeignKey(
                        name: "fk_desk_statuses_service_desks_desk_id",
                        column: x => x.desk_id,
                        principalSchema: "tickets",
                        principalTable: "service_desks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "attachments",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attachments", x => x.id);
                    table.CheckConstraint("ck_attachments_size", "size <= 5242880");
                    table.ForeignKey(
                        name: "fk_attachments_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalSchema: "tickets",
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pre_time_entries",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_pre_time_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_pre_time_entries_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalSchema: "tickets",
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ticket_history",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    what = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ticket_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_ticket_history_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalSchema: "tickets",
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "time_entries",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    start_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    end_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: false),
                    technician_id = table.Column<Guid>(type: "uuid", nullable: false),
                    technician_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    mode = table.Column<int>(type: "integer", nullable: true),
                    kind = table.Column<int>(type: "integer", nullable: true),
                    rider_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contract_id = table.Column<Guid>(type: "uuid", nullable: true),
                    service_id = table.Column<Guid>(type: "uuid", nullable: true),
                    source_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    hour_rate = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    travel_id = table.Column<Guid>(type: "uuid", nullable: true),
                    travel_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    travel_value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    ride_along_ticket_number = table.Column<int>(type: "integer", nullable: true),
                    warranty = table.Column<bool>(type: "boolean", nullable: false),
                    manual_value = table.Column<bool>(type: "boolean", nullable: false),
                    value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    basis = table.Column<int>(type: "integer", nullable: false),
                    billed_in_billing_id = table.Column<Guid>(type: "uuid", nullable: true),
                    travel_billed_in_billing_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_time_entries", x => x.id);
                    table.CheckConstraint("ck_time_entries_end_after_start", "end_time >= start_time");
                    table.CheckConstraint("ck_time_entries_manual_value", "value IS NULL OR (value >= 0 AND value <= 9999999.99)");
                    table.CheckConstraint("ck_time_entries_warranty_zero", "NOT warranty OR COALESCE(value, 0) = 0");
                    table.ForeignKey(
                        name: "fk_time_entries_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalSchema: "tickets",
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "extra_valuations",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    extra_expense_id = table.Column<Guid>(type: "uuid", nullable: false),
                    expense_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    quantity = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    unit_value = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    total = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    attachment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    attachment_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    billed_in_billing_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_extra_valuations", x => x.id);
                    table.CheckConstraint("ck_extra_valuations_quantity", "quantity > 0");
                    table.ForeignKey(
                        name: "fk_extra_valuations_attachments_attachment_id",
                        column: x => x.attachment_id,
                        principalSchema: "tickets",
                        principalTable: "attachments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_extra_valuations_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalSchema: "tickets",
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                schema: "tickets",
                table: "organization_settings",
                columns: new[] { "id", "allow_overlapping_entries" },
                values: new object[] { 1, false });

            migrationBuilder.CreateIndex(
                name: "ix_attachments_ticket_id",
                schema: "tickets",
                table: "attachments",
                column: "ticket_id");

            migrationBuilder.CreateIndex(
                name: "ix_desk_priorities_desk_id",
                schema: "tickets",
                table: "desk_priorities",
                column: "desk_id");

            migrationBuilder.CreateIndex(
                name: "ix_desk_stages_desk_id",
                schema: "tickets",
                table: "desk_stages",
                column: "desk_id");

            migrationBuilder.CreateIndex(
                name: "ix_desk_statuses_desk_id",
                schema: "tickets",
                table: "desk_statuses",
                column: "desk_id");

            migrationBuilder.CreateIndex(
                name: "ix_extra_valuations_attachment_id",
                schema: "tickets",
                table: "extra_valuations",
                column: "attachment_id");

            migrationBuilder.CreateIndex(
                name: "ix_extra_valuations_billed_in_billing_id",
                schema: "tickets",
                table: "extra_valuations",
                column: "billed_in_billing_id");

            migrationBuilder.CreateIndex(
                name: "ix_extra_valuations_ticket_id",
                schema: "tickets",
                table: "extra_valuations",
                column: "ticket_id");

            migrationBuilder.CreateIndex(
                name: "ix_pre_time_entries_ticket_id_technician_id",
                schema: "tickets",
                table: "pre_time_entries",
                columns: new[] { "ticket_id", "technician_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_service_desks_name",
                schema: "tickets",
                table: "service_desks",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ticket_history_ticket_id_at",
                schema: "tickets",
                table: "ticket_history",
                columns: new[] { "ticket_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_tickets_client_id",
                schema: "tickets",
                table: "tickets",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_number",
                schema: "tickets",
                table: "tickets",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_tickets_state_review_due_at",
                schema: "tickets",
                table: "tickets",
                columns: new[] { "state", "review_due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_time_entries_billed_in_billing_id",
                schema: "tickets",
                table: "time_entries",
                column: "billed_in_billing_id");

            migrationBuilder.CreateIndex(
                name: "ix_time_entries_rider_id_date",
                schema: "tickets",
                table: "time_entries",
                columns: new[] { "rider_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_time_entries_technician_id_date",
                schema: "tickets",
                table: "time_entries",
                columns: new[] { "technician_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_time_entries_ticket_id",
                schema: "tickets",
                table: "time_entries",
                column: "ticket_id");

            migrationBuilder.CreateIndex(
                name: "ix_time_entries_travel_billed_in_billing_id",
                schema: "tickets",
                table: "time_entries",
                column: "travel_billed_in_billing_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "desk_priorities",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "desk_stages",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "desk_statuses",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "extra_valuations",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "organization_settings",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "pre_time_entries",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "ticket_history",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "time_entries",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "service_desks",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "attachments",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "tickets",
                schema: "tickets");

            migrationBuilder.DropSequence(
                name: "ticket_number_seq",
                schema: "tickets");
        }
    }
}
