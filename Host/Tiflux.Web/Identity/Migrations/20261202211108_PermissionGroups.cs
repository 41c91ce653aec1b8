using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Web.Identity.Migrations
{
    /// <inheritdoc />
    public partial class PermissionGroups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_active",
                schema: "identity",
                table: "AspNetUsers",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "kind",
                schema: "identity",
                table: "AspNetUsers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Staff");

            migrationBuilder.AlterColumn<string>(
                name: "name",
                schema: "identity",
                table: "AspNetRoles",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(256)",
                oldMaxLength: 256,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "description",
                schema: "identity",
                table: "AspNetRoles",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "grants_all",
                schema: "identity",
                table: "AspNetRoles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "is_built_in",
                schema: "identity",
                table: "AspNetRoles",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "permissions",
                schema: "identity",
                table: "AspNetRoles",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.CreateTable(
                name: "attendant_groups",
                schema: "identity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendant_groups", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "user_audit",
                schema: "identity",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    actor_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    subject = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    details = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_audit", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "attendant_group_members",
                schema: "identity",
                columns: table => new
                {
                    attendant_group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendant_group_members", x => new { x.attendant_group_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_attendant_group_members_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalSchema: "identity",
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_attendant_group_members_attendant_groups_attendant_group_id",
                        column: x => x.attendant_group_id,
                        principalSchema: "identity",
                        principalTable: "attendant_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_attendant_group_members_user_id",
                schema: "identity",
                table: "attendant_group_members",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_attendant_groups_name",
                schema: "identity",
                table: "attendant_groups",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_user_audit_at",
                schema: "identity",
                table: "user_audit",
                column: "at");

            // The former roles become the default permission groups, keeping their ids and members, with exactly the
            // access the roles had (ADR 0022). A fresh database gets the same groups.
            migrationBuilder.Sql("""
                UPDATE identity."AspNetRoles" SET name = 'Administrador', normalized_name = 'ADMINISTRADOR' WHERE normalized_name = 'ADMIN';
                UPDATE identity."AspNetRoles" SET name = 'Financeiro', normalized_name = 'FINANCEIRO' WHERE normalized_name = 'FINANCE';
                UPDATE identity."AspNetRoles" SET name = 'Técnico', normalized_name = 'TÉCNICO' WHERE normalized_name = 'TECHNICIAN';
                UPDATE identity."AspNetRoles" SET name = 'Clientes', normalized_name = 'CLIENTES' WHERE normalized_name = 'CLIENT';
                INSERT INTO identity."AspNetRoles" (id, name, normalized_name, concurrency_stamp)
                SELECT gen_random_uuid(), v.name, v.normalized, gen_random_uuid()::text
                FROM (VALUES ('Administrador', 'ADMINISTRADOR'), ('Financeiro', 'FINANCEIRO'), ('Técnico', 'TÉCNICO'), ('Clientes', 'CLIENTES')) v(name, normalized)
                WHERE NOT EXISTS (SELECT 1 FROM identity."AspNetRoles" r WHERE r.normalized_name = v.normalized);
                UPDATE identity."AspNetRoles" SET is_built_in = true, grants_all = true,
                    description = 'Todas as permissões, inclusive as que vierem a existir. Não pode ser alterado.'
                WHERE normalized_name = 'ADMINISTRADOR';
                UPDATE identity."AspNetRoles" SET is_built_in = true,
                    description = 'Faturamento, contratos, clientes, valores e revisão de tickets.',
                    permissions = ARRAY['clients_view', 'clients_manage', 'tickets_view', 'tickets_review', 'appointments_manage',
                        'appointments_manage_all', 'extra_valuations_manage', 'values_view', 'contracts_view', 'contracts_manage',
                        'billing', 'billing_reverse', 'financial_reports', 'financial_settings']
                WHERE normalized_name = 'FINANCEIRO';
                UPDATE identity."AspNetRoles" SET is_built_in = true,
                    description = 'Atende tickets e lança apontamentos; não vê valores.',
                    permissions = ARRAY['clients_view', 'tickets_view', 'appointments_manage', 'extra_valuations_manage', 'contracts_view']
                WHERE normalized_name = 'TÉCNICO';
                UPDATE identity."AspNetRoles" SET is_built_in = true,
                    description = 'Usuários do Portal do Cliente: veem só o próprio cliente.'
                WHERE normalized_name = 'CLIENTES';
                UPDATE identity."AspNetUsers" u SET kind = 'Client'
                WHERE EXISTS (SELECT 1 FROM identity."AspNetUserRoles" m JOIN identity."AspNetRoles" r ON r.id = m.role_id
                              WHERE m.user_id = u.id AND r.normalized_name = 'CLIENTES');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendant_group_members",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "user_audit",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "attendant_groups",
                schema: "identity");

            migrationBuilder.DropColumn(
                name: "is_active",
                schema: "identity",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "kind",
                schema: "identity",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "description",
                schema: "identity",
                table: "AspNetRoles");

            migrationBuilder.DropColumn(
                name: "grants_all",
                schema: "identity",
                table: "AspNetRoles");

            migrationBuilder.DropColumn(
                name: "is_built_in",
                schema: "identity",
                table: "AspNetRoles");

            migrationBuilder.DropColumn(
                name: "permissions",
                schema: "identity",
                table: "AspNetRoles");

            migrationBuilder.AlterColumn<string>(
                name: "name",
                schema: "identity",
                table: "AspNetRoles",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(80)",
                oldMaxLength: 80,
                oldNullable: true);
        }
    }
}
