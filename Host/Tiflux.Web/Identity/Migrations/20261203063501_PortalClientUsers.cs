using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Web.Identity.Migrations
{
    /// <inheritdoc />
    public partial class PortalClientUsers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<Guid>>(
                name: "client_ids",
                schema: "identity",
                table: "AspNetUsers",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]");

            migrationBuilder.AddColumn<int>(
                name: "portal_permissions",
                schema: "identity",
                table: "AspNetUsers",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "portal_terms_accepted_at",
                schema: "identity",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            // Client users created before the portal keep what the API already let them see of their one client
            // (everything but money and authorising tickets), and have implicitly accepted the terms by using it.
            migrationBuilder.Sql("""
                UPDATE identity."AspNetUsers"
                SET client_ids = ARRAY[client_id], portal_permissions = 119, portal_terms_accepted_at = now()
                WHERE kind = 'Client' AND client_id IS NOT NULL
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "client_ids",
                schema: "identity",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "portal_permissions",
                schema: "identity",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "portal_terms_accepted_at",
                schema: "identity",
                table: "AspNetUsers");
        }
    }
}
