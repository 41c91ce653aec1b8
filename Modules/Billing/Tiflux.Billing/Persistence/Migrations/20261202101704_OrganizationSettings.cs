using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Billing.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OrganizationSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "default_report_layout",
                schema: "billing",
                table: "billing_settings",
                type: "integer",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<int>(
                name: "due_date_term_days",
                schema: "billing",
                table: "billing_settings",
                type: "integer",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.CreateTable(
                name: "organization_profile",
                schema: "billing",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    company_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    cnpj = table.Column<string>(type: "character varying(14)", maxLength: 14, nullable: false),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    logo_content_type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    logo_content = table.Column<byte[]>(type: "bytea", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organization_profile", x => x.id);
                    table.CheckConstraint("ck_organization_profile_single_row", "id = 1");
                });

            migrationBuilder.UpdateData(
                schema: "billing",
                table: "billing_settings",
                keyColumn: "id",
                keyValue: 1,
                columns: new[] { "default_report_layout", "due_date_term_days" },
                values: new object[] { 2, 10 });

            migrationBuilder.InsertData(
                schema: "billing",
                table: "organization_profile",
                columns: new[] { "id", "address", "cnpj", "company_name", "logo_content", "logo_content_type", "phone", "updated_at", "updated_by" },
                values: new object[] { 1, "", "", "", null, null, "", null, null });

            migrationBuilder.AddCheckConstraint(
                name: "ck_billing_settings_due_term",
                schema: "billing",
                table: "billing_settings",
                sql: "due_date_term_days BETWEEN 0 AND 365");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "organization_profile",
                schema: "billing");

            migrationBuilder.DropCheckConstraint(
                name: "ck_billing_settings_due_term",
                schema: "billing",
                table: "billing_settings");

            migrationBuilder.DropColumn(
                name: "default_report_layout",
                schema: "billing",
                table: "billing_settings");

            migrationBuilder.DropColumn(
                name: "due_date_term_days",
                schema: "billing",
                table: "billing_settings");
        }
    }
}
