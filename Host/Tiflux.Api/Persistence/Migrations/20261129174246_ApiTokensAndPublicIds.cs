using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Api.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ApiTokensAndPublicIds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "api");

            migrationBuilder.CreateSequence<int>(
                name: "public_id_seq",
                schema: "api",
                startValue: 1000L);

            migrationBuilder.CreateTable(
                name: "api_tokens",
                schema: "api",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    hash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_tokens", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "public_ids",
                schema: "api",
                columns: table => new
                {
                    kind = table.Column<short>(type: "smallint", nullable: false),
                    id = table.Column<int>(type: "integer", nullable: false),
                    internal_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_public_ids", x => new { x.kind, x.id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_hash",
                schema: "api",
                table: "api_tokens",
                column: "hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_user_id",
                schema: "api",
                table: "api_tokens",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_public_ids_kind_internal_id",
                schema: "api",
                table: "public_ids",
                columns: new[] { "kind", "internal_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_tokens",
                schema: "api");

            migrationBuilder.DropTable(
                name: "public_ids",
                schema: "api");

            migrationBuilder.DropSequence(
                name: "public_id_seq",
                schema: "api");
        }
    }
}
