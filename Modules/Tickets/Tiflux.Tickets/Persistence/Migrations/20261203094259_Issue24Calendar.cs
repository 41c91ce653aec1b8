using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Tiflux.Tickets.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue24Calendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "count_optional_holidays",
                schema: "tickets",
                table: "organization_settings",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "business_hours",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    desk_id = table.Column<Guid>(type: "uuid", nullable: true),
                    day = table.Column<int>(type: "integer", nullable: false),
                    start_minute = table.Column<int>(type: "integer", nullable: false),
                    end_minute = table.Column<int>(type: "integer", nullable: false),
                    also_on_holidays = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_business_hours", x => x.id);
                    table.CheckConstraint("ck_business_hours_minutes", "start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute");
                });

            migrationBuilder.CreateTable(
                name: "holidays",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    repeats_yearly = table.Column<bool>(type: "boolean", nullable: false),
                    desk_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    scope_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_holidays", x => x.id);
                });

            migrationBuilder.InsertData(
                schema: "tickets",
                table: "business_hours",
                columns: new[] { "id", "also_on_holidays", "day", "desk_id", "end_minute", "start_minute" },
                values: new object[,]
                {
                    { new Guid("00000000-0000-0000-0000-000000002400"), false, 1, null, 1080, 480 },
                    { new Guid("00000000-0000-0000-0000-000000002401"), false, 2, null, 1080, 480 },
                    { new Guid("00000000-0000-0000-0000-000000002402"), false, 3, null, 1080, 480 },
                    { new Guid("00000000-0000-0000-0000-000000002403"), false, 4, null, 1080, 480 },
                    { new Guid("00000000-0000-0000-0000-000000002404"), false, 5, null, 1080, 480 }
                });

            migrationBuilder.UpdateData(
                schema: "tickets",
                table: "organization_settings",
                keyColumn: "id",
                keyValue: 1,
                column: "count_optional_holidays",
                value: true);

            migrationBuilder.CreateIndex(
                name: "ix_business_hours_desk_id",
                schema: "tickets",
                table: "business_hours",
                column: "desk_id");

            migrationBuilder.CreateIndex(
                name: "ix_holidays_date_scope_key",
                schema: "tickets",
                table: "holidays",
                columns: new[] { "date", "scope_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "business_hours",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "holidays",
                schema: "tickets");

            migrationBuilder.DropColumn(
                name: "count_optional_holidays",
                schema: "tickets",
                table: "organization_settings");
        }
    }
}
