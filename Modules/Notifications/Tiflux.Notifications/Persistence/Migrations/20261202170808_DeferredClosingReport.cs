using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Notifications.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DeferredClosingReport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "attachment_layout",
                schema: "notifications",
                table: "outgoing_messages",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "attachment_layout",
                schema: "notifications",
                table: "outgoing_messages");
        }
    }
}
