using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Tickets.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TicketAuthorization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "authorization_decided_at",
                schema: "tickets",
                table: "tickets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "authorization_decided_by",
                schema: "tickets",
                table: "tickets",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "authorization_denial_reason",
                schema: "tickets",
                table: "tickets",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "authorization_state",
                schema: "tickets",
                table: "tickets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "ix_tickets_client_id_authorization_state",
                schema: "tickets",
                table: "tickets",
                columns: new[] { "client_id", "authorization_state" },
                filter: "authorization_state = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tickets_client_id_authorization_state",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "authorization_decided_at",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "authorization_decided_by",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "authorization_denial_reason",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "authorization_state",
                schema: "tickets",
                table: "tickets");
        }
    }
}
