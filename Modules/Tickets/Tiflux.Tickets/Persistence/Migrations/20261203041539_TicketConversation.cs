using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Tickets.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TicketConversation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_attachments_ticket_id",
                schema: "tickets",
                table: "attachments");

            migrationBuilder.AddColumn<string>(
                name: "created_by_name",
                schema: "tickets",
                table: "tickets",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "created_by_user_id",
                schema: "tickets",
                table: "tickets",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "followers",
                schema: "tickets",
                table: "tickets",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_answer_at",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "last_answer_by_client",
                schema: "tickets",
                table: "tickets",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "origin",
                schema: "tickets",
                table: "tickets",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<Guid>(
                name: "parent_ticket_id",
                schema: "tickets",
                table: "tickets",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "priority_change_reason",
                schema: "tickets",
                table: "tickets",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "requester_extension",
                schema: "tickets",
                table: "tickets",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "requester_telephone",
                schema: "tickets",
                table: "tickets",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "requestor_id",
                schema: "tickets",
                table: "tickets",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "action",
                schema: "tickets",
                table: "ticket_history",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "area",
                schema: "tickets",
                table: "ticket_history",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "changes",
                schema: "tickets",
                table: "ticket_history",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<int>(
                name: "operation",
                schema: "tickets",
                table: "ticket_history",
                type: "integer",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<Guid>(
                name: "subject_id",
                schema: "tickets",
                table: "ticket_history",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "owner",
                schema: "tickets",
                table: "attachments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "owner_id",
                schema: "tickets",
                table: "attachments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "uploaded_by_id",
                schema: "tickets",
                table: "attachments",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "internal_notes",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    html = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_internal_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_internal_notes_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalSchema: "tickets",
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "requestors",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    normalized_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    telephone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    extension = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    can_open_ticket = table.Column<bool>(type: "boolean", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    client_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false, defaultValueSql: "'{}'"),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_requestors", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "ticket_answers",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ticket_id = table.Column<Guid>(type: "uuid", nullable: false),
                    html = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    origin = table.Column<int>(type: "integer", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    author = table.Column<string>(type: "character varying(210)", maxLength: 210, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recipients = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ticket_answers", x => x.id);
                    table.ForeignKey(
                        name: "fk_ticket_answers_tickets_ticket_id",
                        column: x => x.ticket_id,
                        principalSchema: "tickets",
                        principalTable: "tickets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tickets_parent_ticket_id",
                schema: "tickets",
                table: "tickets",
                column: "parent_ticket_id",
                filter: "parent_ticket_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_requestor_id",
                schema: "tickets",
                table: "tickets",
                column: "requestor_id",
                filter: "requestor_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_attachments_owner_id",
                schema: "tickets",
                table: "attachments",
                column: "owner_id",
                filter: "owner_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_attachments_ticket_id_owner",
                schema: "tickets",
                table: "attachments",
                columns: new[] { "ticket_id", "owner" });

            migrationBuilder.CreateIndex(
                name: "ix_internal_notes_ticket_id_created_at",
                schema: "tickets",
                table: "internal_notes",
                columns: new[] { "ticket_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_requestors_client_ids",
                schema: "tickets",
                table: "requestors",
                column: "client_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_requestors_name",
                schema: "tickets",
                table: "requestors",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_requestors_normalized_email",
                schema: "tickets",
                table: "requestors",
                column: "normalized_email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ticket_answers_ticket_id_at",
                schema: "tickets",
                table: "ticket_answers",
                columns: new[] { "ticket_id", "at" });

            migrationBuilder.AddForeignKey(
                name: "fk_tickets_tickets_parent_ticket_id",
                schema: "tickets",
                table: "tickets",
                column: "parent_ticket_id",
                principalSchema: "tickets",
                principalTable: "tickets",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        
            // Rows written before this change carry only their sentence: give them the area and operation it names.
            migrationBuilder.Sql("""
                UPDATE tickets.ticket_history SET area = 3, operation = CASE
                    WHEN what LIKE '%excluído%' OR what LIKE '%descartado%' THEN 3
                    WHEN what LIKE '%adicionado%' OR what LIKE 'Cronômetro iniciado%' THEN 1 ELSE 2 END
                WHERE what LIKE 'Apontamento%' OR what LIKE 'Cronômetro%';
                UPDATE tickets.ticket_history SET area = 5, operation = CASE
                    WHEN what LIKE '%excluída%' THEN 3 WHEN what LIKE '%adicionada%' THEN 1 ELSE 2 END
                WHERE what LIKE 'Valorização extra%';
                UPDATE tickets.ticket_history SET operation = 1, action = 'Ticket was created' WHERE what LIKE 'Ticket aberto%';
                UPDATE tickets.ticket_history SET area = 2
                WHERE what LIKE 'Ticket fechado%' OR what LIKE 'Ticket reaberto%' OR what LIKE 'Ticket cancelado%'
                   OR what LIKE 'Revis%';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_tickets_tickets_parent_ticket_id",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropTable(
                name: "internal_notes",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "requestors",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "ticket_answers",
                schema: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_parent_ticket_id",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_requestor_id",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_attachments_owner_id",
                schema: "tickets",
                table: "attachments");

            migrationBuilder.DropIndex(
                name: "ix_attachments_ticket_id_owner",
                schema: "tickets",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "created_by_name",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "created_by_user_id",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "followers",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "last_answer_at",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "last_answer_by_client",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "origin",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "parent_ticket_id",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "priority_change_reason",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "requester_extension",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "requester_telephone",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "requestor_id",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "action",
                schema: "tickets",
                table: "ticket_history");

            migrationBuilder.DropColumn(
                name: "area",
                schema: "tickets",
                table: "ticket_history");

            migrationBuilder.DropColumn(
                name: "changes",
                schema: "tickets",
                table: "ticket_history");

            migrationBuilder.DropColumn(
                name: "operation",
                schema: "tickets",
                table: "ticket_history");

            migrationBuilder.DropColumn(
                name: "subject_id",
                schema: "tickets",
                table: "ticket_history");

            migrationBuilder.DropColumn(
                name: "owner",
                schema: "tickets",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "owner_id",
                schema: "tickets",
                table: "attachments");

            migrationBuilder.DropColumn(
                name: "uploaded_by_id",
                schema: "tickets",
                table: "attachments");

            migrationBuilder.CreateIndex(
                name: "ix_attachments_ticket_id",
                schema: "tickets",
                table: "attachments",
                column: "ticket_id");
        }
    }
}
