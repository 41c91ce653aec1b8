using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Web.Identity.Migrations
{
    /// <inheritdoc />
    public partial class TicketConversation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "signature",
                schema: "identity",
                table: "AspNetUsers",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            // The new permission goes to the built-in groups that work tickets (Administrador has every permission).
            migrationBuilder.Sql("""
                UPDATE identity."AspNetRoles" SET permissions = array_append(permissions, 'tickets_internal_communication')
                WHERE is_built_in AND normalized_name IN ('FINANCEIRO', 'TÉCNICO')
                  AND NOT ('tickets_internal_communication' = ANY (permissions));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "signature",
                schema: "identity",
                table: "AspNetUsers");
        }
    }
}
