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
        // The changed rows' ticket ids as an array first: the planner knows nothing of a transition table's size and would
        // otherwise hash-join it with every ticket (12 ms for one changed entry instead of an index lookup).
        private const string OfTicket = "SELECT t.client_id FROM tickets.tickets t WHERE t.id = ANY (ARRAY(SELECT DISTINCT changed.ticket_id FROM {rows}))";

        private static readonly string[] Tables = ["tickets", "time_entries", "extra_valuations"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ChangeStampTriggers.CreateTable("tickets", "SELECT client_id FROM tickets.tickets"));
            migrationBuilder.Sql(ChangeStampTriggers.Track("tickets", "tickets", "SELECT changed.client_id FROM {rows}"));
            migrationBuilder.Sql(ChangeStampTriggers.Track("tickets", "time_entries", OfTicket));
            migrationBuilder.Sql(ChangeStampTriggers.Track("tickets", "extra_valuations", OfTicket));
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
