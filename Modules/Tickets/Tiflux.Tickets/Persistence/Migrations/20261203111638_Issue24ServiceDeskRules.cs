using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Tiflux.Tickets.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue24ServiceDeskRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "checklist_fields_filled",
                schema: "tickets",
                table: "tickets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "checklist_fields_total",
                schema: "tickets",
                table: "tickets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "checklists_block_close",
                schema: "tickets",
                table: "tickets",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "services_catalog_item_id",
                schema: "tickets",
                table: "tickets",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "sla_active",
                schema: "tickets",
                table: "tickets",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sla_attendance_breach_notified_at",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sla_attendance_deadline",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "sla_attendance_paused",
                schema: "tickets",
                table: "tickets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sla_attendance_start",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "sla_attendance_target",
                schema: "tickets",
                table: "tickets",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sla_attendance_warn_at",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sla_attended_at",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sla_deactivation_reason",
                schema: "tickets",
                table: "tickets",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sla_pause_reason",
                schema: "tickets",
                table: "tickets",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sla_paused_at",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "sla_paused_by_status",
                schema: "tickets",
                table: "tickets",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sla_solution_breach_notified_at",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sla_solution_deadline",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "sla_solution_paused",
                schema: "tickets",
                table: "tickets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sla_solution_start",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "sla_solution_target",
                schema: "tickets",
                table: "tickets",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sla_solution_warn_at",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sla_stage_breach_notified_at",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sla_stage_deadline",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "sla_stage_paused",
                schema: "tickets",
                table: "tickets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sla_stage_start",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "sla_stage_target",
                schema: "tickets",
                table: "tickets",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sla_stage_warn_at",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "require_catalog_item_to_close",
                schema: "tickets",
                table: "service_desks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "require_catalog_item_to_open",
                schema: "tickets",
                table: "service_desks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "sla_can_pause",
                schema: "tickets",
                table: "service_desks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "sla_enabled",
                schema: "tickets",
                table: "service_desks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "sla_goal_percent",
                schema: "tickets",
                table: "service_desks",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "count_optional_holidays",
                schema: "tickets",
                table: "organization_settings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "pauses_sla",
                schema: "tickets",
                table: "desk_statuses",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "sla_max_minutes",
                schema: "tickets",
                table: "desk_stages",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "sla_attendance_minutes",
                schema: "tickets",
                table: "desk_priorities",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "sla_solution_minutes",
                schema: "tickets",
                table: "desk_priorities",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "business_hours",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    desk_id = table.Column<Guid>(type: "uuid", nullable: true),
                    day = table.Column<int>(type: "integer", nullable: false),
                    start_minute = table.Column<int>(type: "integer", nullable: false),
                    end_minute = table.Column<int>(type: "integer", nullable: false),
                    also_on_holidays = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_business_hours", x => x.id);
                    table.CheckConstraint("ck_business_hours_minutes", "start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute");
                });

            migrationBuilder.CreateTable(
                name: "checklist_templates",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    fields = table.Column<string>(type: "jsonb", nullable: false),
                    desk_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false, defaultValueSql: "'{}'"),
                    required_for_client_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false, defaultValueSql: "'{}'"),
                    required_for_catalog_item_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false, defaultValueSql: "'{}'"),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_checklist_templates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "holidays",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    repeats_yearly = table.Column<bool>(type: "boolean", nullable: false),
                    desk_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    scope_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_holidays", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reply_templates",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    body_html = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    visibility = table.Column<int>(type: "integer", nullable: false),
                    desk_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reply_templates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "services_catalogs",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_services_catalogs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ticket_stage_slas",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    desk_id = table.Column<Guid>(type: "uuid", nullable: false),
                    desk_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    stage_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage_name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    entered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    entered_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    entered_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    expiration = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attended_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    attended_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    left_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    minutes_in_expedient = table.Column<int>(type: "integer", nullable: false),
                    sla_attended = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ticket_stage_slas", x => x.id);
                    table.ForeignKey(
                        name: "fk_ticket_stage_slas_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalSchema: "tickets",
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ticket_checklists",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    template_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    required = table.Column<bool>(type: "boolean", nullable: false),
                    fields = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ticket_checklists", x => x.id);
                    table.ForeignKey(
                        name: "fk_ticket_checklists_checklist_templates_template_id",
                        column: x => x.template_id,
                        principalSchema: "tickets",
                        principalTable: "checklist_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_ticket_checklists_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalSchema: "tickets",
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "desk_services_catalogs",
                schema: "tickets",
                columns: table => new
                {
                    desk_id = table.Column<Guid>(type: "uuid", nullable: false),
                    catalog_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_desk_services_catalogs", x => new { x.desk_id, x.catalog_id });
                    table.ForeignKey(
                        name: "fk_desk_services_catalogs_desks_desk_id",
                        column: x => x.desk_id,
                        principalSchema: "tickets",
                        principalTable: "service_desks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_desk_services_catalogs_services_catalogs_catalog_id",
                        column: x => x.catalog_id,
                        principalSchema: "tickets",
                        principalTable: "services_catalogs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "services_catalog_areas",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    catalog_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_services_catalog_areas", x => x.id);
                    table.ForeignKey(
                        name: "fk_services_catalog_areas_services_catalogs_catalog_id",
                        column: x => x.catalog_id,
                        principalSchema: "tickets",
                        principalTable: "services_catalogs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "services_catalog_items",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    attendance_minutes = table.Column<int>(type: "integer", nullable: false),
                    solution_minutes = table.Column<int>(type: "integer", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_services_catalog_items", x => x.id);
                    table.CheckConstraint("ck_services_catalog_items_times", "attendance_minutes BETWEEN 0 AND 59999 AND solution_minutes BETWEEN attendance_minutes AND 59999");
                    table.ForeignKey(
                        name: "fk_services_catalog_items_services_catalog_areas_area_id",
                        column: x => x.area_id,
                        principalSchema: "tickets",
                        principalTable: "services_catalog_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                schema: "tickets",
                table: "business_hours",
                columns: new[] { "id", "also_on_holidays", "day", "desk_id", "end_minute", "start_minute" },
                values: new object[,]
                {
                    { new Guid("00000000-0000-0000-0000-000000002400"), false, 1, null, 1080, 480 },
                    { new Guid("00000000-0000-0000-0000-000000002401"), false, 2, null, 1080, 480 },
                    { new Guid("00000000-0000-0000-0000-000000002402"), false, 3, null, 1080, 480 },
                    { new Guid("00000000-0000-0000-0000-000000002403"), false, 4, null, 1080, 480 },
                    { new Guid("00000000-0000-0000-0000-000000002404"), false, 5, null, 1080, 480 }
                });

            migrationBuilder.UpdateData(
                schema: "tickets",
                table: "organization_settings",
                keyColumn: "id",
                keyValue: 1,
                column: "count_optional_holidays",
                value: true);

            migrationBuilder.CreateIndex(
                name: "ix_tickets_open_sla_solution_deadline",
                schema: "tickets",
                table: "tickets",
                column: "sla_solution_deadline",
                filter: "state = 1");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_services_catalog_item_id",
                schema: "tickets",
                table: "tickets",
                column: "services_catalog_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_business_hours_desk_id",
                schema: "tickets",
                table: "business_hours",
                column: "desk_id");

            migrationBuilder.CreateIndex(
                name: "ix_desk_services_catalogs_catalog_id",
                schema: "tickets",
                table: "desk_services_catalogs",
                column: "catalog_id");

            migrationBuilder.CreateIndex(
                name: "ix_holidays_date_scope_key",
                schema: "tickets",
                table: "holidays",
                columns: new[] { "date", "scope_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_reply_templates_name",
                schema: "tickets",
                table: "reply_templates",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_services_catalog_areas_catalog_id_normalized_name",
                schema: "tickets",
                table: "services_catalog_areas",
                columns: new[] { "catalog_id", "normalized_name" },
                unique: true,
                filter: "active");

            migrationBuilder.CreateIndex(
                name: "ix_services_catalog_items_area_id_normalized_name",
                schema: "tickets",
                table: "services_catalog_items",
                columns: new[] { "area_id", "normalized_name" },
                unique: true,
                filter: "active");

            migrationBuilder.CreateIndex(
                name: "ix_services_catalogs_normalized_name",
                schema: "tickets",
                table: "services_catalogs",
                column: "normalized_name",
                unique: true,
                filter: "active");

            migrationBuilder.CreateIndex(
                name: "ix_ticket_checklists_template_id",
                schema: "tickets",
                table: "ticket_checklists",
                column: "template_id");

            migrationBuilder.CreateIndex(
                name: "ix_ticket_checklists_ticket_id_template_id",
                schema: "tickets",
                table: "ticket_checklists",
                columns: new[] { "ticket_id", "template_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ticket_stage_slas_ticket_id_entered_at",
                schema: "tickets",
                table: "ticket_stage_slas",
                columns: new[] { "ticket_id", "entered_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_tickets_services_catalog_items_services_catalog_item_id",
                schema: "tickets",
                table: "tickets",
                column: "services_catalog_item_id",
                principalSchema: "tickets",
                principalTable: "services_catalog_items",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_tickets_services_catalog_items_services_catalog_item_id",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropTable(
                name: "business_hours",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "desk_services_catalogs",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "holidays",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "reply_templates",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "services_catalog_items",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "ticket_checklists",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "ticket_stage_slas",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "services_catalog_areas",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "checklist_templates",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "services_catalogs",
                schema: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_open_sla_solution_deadline",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_services_catalog_item_id",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "checklist_fields_filled",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "checklist_fields_total",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "checklists_block_close",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "services_catalog_item_id",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_active",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_attendance_breach_notified_at",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_attendance_deadline",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_attendance_paused",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_attendance_start",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_attendance_target",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_attendance_warn_at",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_attended_at",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_deactivation_reason",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_pause_reason",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_paused_at",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_paused_by_status",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_solution_breach_notified_at",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_solution_deadline",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_solution_paused",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_solution_start",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_solution_target",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_solution_warn_at",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_stage_breach_notified_at",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_stage_deadline",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_stage_paused",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_stage_start",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_stage_target",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "sla_stage_warn_at",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "require_catalog_item_to_close",
                schema: "tickets",
                table: "service_desks");

            migrationBuilder.DropColumn(
                name: "require_catalog_item_to_open",
                schema: "tickets",
                table: "service_desks");

            migrationBuilder.DropColumn(
                name: "sla_can_pause",
                schema: "tickets",
                table: "service_desks");

            migrationBuilder.DropColumn(
                name: "sla_enabled",
                schema: "tickets",
                table: "service_desks");

            migrationBuilder.DropColumn(
                name: "sla_goal_percent",
                schema: "tickets",
                table: "service_desks");

            migrationBuilder.DropColumn(
                name: "count_optional_holidays",
                schema: "tickets",
                table: "organization_settings");

            migrationBuilder.DropColumn(
                name: "pauses_sla",
                schema: "tickets",
                table: "desk_statuses");

            migrationBuilder.DropColumn(
                name: "sla_max_minutes",
                schema: "tickets",
                table: "desk_stages");

            migrationBuilder.DropColumn(
                name: "sla_attendance_minutes",
                schema: "tickets",
                table: "desk_priorities");

            migrationBuilder.DropColumn(
                name: "sla_solution_minutes",
                schema: "tickets",
                table: "desk_priorities");
        }
    }
}
