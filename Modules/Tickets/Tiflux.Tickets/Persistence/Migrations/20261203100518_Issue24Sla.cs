using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Tickets.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue24Sla : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "ix_tickets_open_sla_solution_deadline",
                schema: "tickets",
                table: "tickets",
                column: "sla_solution_deadline",
                filter: "state = 1");

            migrationBuilder.CreateIndex(
                name: "ix_ticket_stage_slas_ticket_id_entered_at",
                schema: "tickets",
                table: "ticket_stage_slas",
                columns: new[] { "ticket_id", "entered_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ticket_stage_slas",
                schema: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_open_sla_solution_deadline",
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
