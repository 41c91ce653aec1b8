using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Notifications.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SmtpSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "smtp_settings",
                schema: "notifications",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    host = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    port = table.Column<int>(type: "integer", nullable: false),
                    security = table.Column<int>(type: "integer", nullable: false),
                    sender_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sender_address = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    password_protected = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_smtp_settings", x => x.id);
                    table.CheckConstraint("ck_smtp_settings_single_row", "id = 1");
                });

            migrationBuilder.CreateIndex(
                name: "ix_outgoing_messages_related_id",
                schema: "notifications",
                table: "outgoing_messages",
                column: "related_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "smtp_settings",
                schema: "notifications");

            migrationBuilder.DropIndex(
                name: "ix_outgoing_messages_related_id",
                schema: "notifications",
                table: "outgoing_messages");
        }
    }
}
