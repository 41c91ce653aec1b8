using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Web.Identity.Migrations
{
    /// <inheritdoc />
    public partial class SecuritySettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "security_settings",
                schema: "identity",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    require_two_factor = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_security_settings", x => x.id);
                });

            migrationBuilder.InsertData(
                schema: "identity",
                table: "security_settings",
                columns: new[] { "id", "require_two_factor" },
                values: new object[] { 1, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "security_settings",
                schema: "identity");
        }
    }
}
