using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Notifications.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OutgoingMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outgoing_messages",
                schema: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    related_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recipients = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    html_body = table.Column<string>(type: "text", nullable: false),
                    text_body = table.Column<string>(type: "text", nullable: false),
                    attachment_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    attachment_content_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    attachment_content = table.Column<byte[]>(type: "bytea", nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outgoing_messages", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_outgoing_messages_created_at",
                schema: "notifications",
                table: "outgoing_messages",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_outgoing_messages_status",
                schema: "notifications",
                table: "outgoing_messages",
                column: "status",
                filter: "status <> 2");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outgoing_messages",
                schema: "notifications");
        }
    }
}
