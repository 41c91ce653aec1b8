using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Contracts.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClientAuthorizationFlow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "authorization_flow",
                schema: "contracts",
                table: "clients",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "authorization_flow",
                schema: "contracts",
                table: "clients");
        }
    }
}
