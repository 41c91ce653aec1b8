using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Notifications.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MessageDedupeKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "dedupe_key",
                schema: "notifications",
                table: "outgoing_messages",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_outgoing_messages_dedupe_key",
                schema: "notifications",
                table: "outgoing_messages",
                column: "dedupe_key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outgoing_messages_dedupe_key",
                schema: "notifications",
                table: "outgoing_messages");

            migrationBuilder.DropColumn(
                name: "dedupe_key",
                schema: "notifications",
                table: "outgoing_messages");
        }
    }
}
