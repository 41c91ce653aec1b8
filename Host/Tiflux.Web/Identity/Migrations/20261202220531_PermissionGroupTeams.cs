using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Web.Identity.Migrations
{
    /// <inheritdoc />
    public partial class PermissionGroupTeams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<Guid>>(
                name: "attendant_group_ids",
                schema: "identity",
                table: "AspNetRoles",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "attendant_group_ids",
                schema: "identity",
                table: "AspNetRoles");
        }
    }
}
