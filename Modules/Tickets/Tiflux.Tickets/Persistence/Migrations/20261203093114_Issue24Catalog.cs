using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Tickets.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue24Catalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "services_catalog_item_id",
                schema: "tickets",
                table: "tickets",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "require_catalog_item_to_close",
                schema: "tickets",
                table: "service_desks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "require_catalog_item_to_open",
                schema: "tickets",
                table: "service_desks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "services_catalogs",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_services_catalogs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "desk_services_catalogs",
                schema: "tickets",
                columns: table => new
                {
                    desk_id = table.Column<Guid>(type: "uuid", nullable: false),
                    catalog_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_desk_services_catalogs", x => new { x.desk_id, x.catalog_id });
                    table.ForeignKey(
                        name: "fk_desk_services_catalogs_desks_desk_id",
                        column: x => x.desk_id,
                        principalSchema: "tickets",
                        principalTable: "service_desks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_desk_services_catalogs_services_catalogs_catalog_id",
                        column: x => x.catalog_id,
                        principalSchema: "tickets",
                        principalTable: "services_catalogs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "services_catalog_areas",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    catalog_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_services_catalog_areas", x => x.id);
                    table.ForeignKey(
                        name: "fk_services_catalog_areas_services_catalogs_catalog_id",
                        column: x => x.catalog_id,
                        principalSchema: "tickets",
                        principalTable: "services_catalogs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "services_catalog_items",
                schema: "tickets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    area_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    attendance_minutes = table.Column<int>(type: "integer", nullable: false),
                    solution_minutes = table.Column<int>(type: "integer", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_services_catalog_items", x => x.id);
                    table.CheckConstraint("ck_services_catalog_items_times", "attendance_minutes BETWEEN 0 AND 59999 AND solution_minutes BETWEEN attendance_minutes AND 59999");
                    table.ForeignKey(
                        name: "fk_services_catalog_items_services_catalog_areas_area_id",
                        column: x => x.area_id,
                        principalSchema: "tickets",
                        principalTable: "services_catalog_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tickets_services_catalog_item_id",
                schema: "tickets",
                table: "tickets",
                column: "services_catalog_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_desk_services_catalogs_catalog_id",
                schema: "tickets",
                table: "desk_services_catalogs",
                column: "catalog_id");

            migrationBuilder.CreateIndex(
                name: "ix_services_catalog_areas_catalog_id_normalized_name",
                schema: "tickets",
                table: "services_catalog_areas",
                columns: new[] { "catalog_id", "normalized_name" },
                unique: true,
                filter: "active");

            migrationBuilder.CreateIndex(
                name: "ix_services_catalog_items_area_id_normalized_name",
                schema: "tickets",
                table: "services_catalog_items",
                columns: new[] { "area_id", "normalized_name" },
                unique: true,
                filter: "active");

            migrationBuilder.CreateIndex(
                name: "ix_services_catalogs_normalized_name",
                schema: "tickets",
                table: "services_catalogs",
                column: "normalized_name",
                unique: true,
                filter: "active");

            migrationBuilder.AddForeignKey(
                name: "fk_tickets_services_catalog_items_services_catalog_item_id",
                schema: "tickets",
                table: "tickets",
                column: "services_catalog_item_id",
                principalSchema: "tickets",
                principalTable: "services_catalog_items",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_tickets_services_catalog_items_services_catalog_item_id",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropTable(
                name: "desk_services_catalogs",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "services_catalog_items",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "services_catalog_areas",
                schema: "tickets");

            migrationBuilder.DropTable(
                name: "services_catalogs",
                schema: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_services_catalog_item_id",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "services_catalog_item_id",
                schema: "tickets",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "require_catalog_item_to_close",
                schema: "tickets",
                table: "service_desks");

            migrationBuilder.DropColumn(
                name: "require_catalog_item_to_open",
                schema: "tickets",
                table: "service_desks");
        }
    }
}
