using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Notifications.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TicketAnswerReplyTo : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "reply_to_tag",
                schema: "notifications",
                table: "outgoing_messages",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "reply_to_tag",
                schema: "notifications",
                table: "outgoing_messages");
        }
    }
}
