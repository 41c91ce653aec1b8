using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Tickets.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue24Checklists : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ticket_checklists",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "checklist_templates",
                schema: "tickets");

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
        }
    }
}
