using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tiflux.Tickets.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Issue25DashboardIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The dashboard counts open tickets per desk and SLA state (Overview/CountOpenTickets.cs) on every view: a
            // covering partial index lets PostgreSQL answer from the index alone (58 ms → 9 ms on 20,000 open tickets).
            // Raw SQL because the SLA columns belong to an owned type, which an owner-level EF index cannot name.
            migrationBuilder.Sql("""
                CREATE INDEX ix_tickets_open_desk_sla_state ON tickets.tickets (desk_id, sla_solution_deadline)
                INCLUDE (sla_active, sla_paused_at, sla_solution_warn_at, authorization_state) WHERE state = 1;
                """);

            // The review queue's size and oldest closing (Overview/GetAwaitingReviewTickets.cs): 33 ms → 3 ms on 15,000 tickets.
            migrationBuilder.Sql("CREATE INDEX ix_tickets_awaiting_review_closed_at ON tickets.tickets (closed_at) WHERE state = 2;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX tickets.ix_tickets_awaiting_review_closed_at;");
            migrationBuilder.Sql("DROP INDEX tickets.ix_tickets_open_desk_sla_state;");
        }
    }
}
