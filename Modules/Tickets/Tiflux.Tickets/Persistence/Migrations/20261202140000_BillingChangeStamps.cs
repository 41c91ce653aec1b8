using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tiflux.BuildingBlocks.Persistence;

#nullable disable

namespace Tiflux.Tickets.Persistence.Migrations
{
    /// <summary>
    /// Change stamps per client over what Billing computes pending values from (tickets, time entries, extras), so
    /// Billing's pending summary knows which clients changed (ADR 0019).
    /// </summary>
    [DbContext(typeof(TicketsDbContext))]
    [Migration("20261202140000_BillingChangeStamps")]
    public partial class BillingChangeStamps : Migration
    {
        private static readonly string[] Tables = ["tickets", "time_entries", "extra_valuations"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ChangeStampTriggers.CreateTable("tickets", "SELECT client_id FROM tickets.tickets"));
            migrationBuilder.Sql(ChangeStampTriggers.Track("tickets", "tickets", "SELECT changed.client_id FROM {rows}"));
            migrationBuilder.Sql(ChangeStampTriggers.Track("tickets", "time_entries",
                "SELECT t.client_id FROM {rows} JOIN tickets.tickets t ON t.id = changed.ticket_id"));
            migrationBuilder.Sql(ChangeStampTriggers.Track("tickets", "extra_valuations",
                "SELECT t.client_id FROM {rows} JOIN tickets.tickets t ON t.id = changed.ticket_id"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql(ChangeStampTriggers.Untrack("tickets", table));
            }

            migrationBuilder.Sql(ChangeStampTriggers.DropTable("tickets"));
        }
    }
}
