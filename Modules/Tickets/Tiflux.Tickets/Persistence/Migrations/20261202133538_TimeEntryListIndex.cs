using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Tickets.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TimeEntryListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_time_entries_date_start_time_id",
                schema: "tickets",
                table: "time_entries",
                columns: new[] { "date", "start_time", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_time_entries_date_start_time_id",
                schema: "tickets",
                table: "time_entries");
        }
    }
}
