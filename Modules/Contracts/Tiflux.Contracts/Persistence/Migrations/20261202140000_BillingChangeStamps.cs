using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Tiflux.BuildingBlocks.Persistence;

#nullable disable

namespace Tiflux.Contracts.Persistence.Migrations
{
    /// <summary>
    /// Change stamps per client over what Billing computes pending values from (clients, contracts, riders, items,
    /// price adjustments), so Billing's pending summary knows which clients changed (ADR 0019).
    /// </summary>
    [DbContext(typeof(ContractsDbContext))]
    [Migration("20261202140000_BillingChangeStamps")]
    public partial class BillingChangeStamps : Migration
    {
        // Ids as arrays first: the planner knows nothing of a transition table's size and would otherwise hash-join it
        // with every contract instead of looking the few changed ones up by key.
        private const string OfContract = "SELECT c.client_id FROM contracts.contracts c WHERE c.id = ANY (ARRAY(SELECT DISTINCT changed.contract_id FROM {rows}))";

        private const string OfRider = "SELECT c.client_id FROM contracts.contracts c WHERE c.id = ANY (ARRAY("
            + "SELECT r.contract_id FROM contracts.contract_riders r WHERE r.id = ANY (ARRAY(SELECT DISTINCT changed.rider_id FROM {rows}))))";

        private static readonly string[] Tables = ["clients", "contracts", "contract_riders", "rider_items", "price_adjustments"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ChangeStampTriggers.CreateTable("contracts", "SELECT id FROM contracts.clients"));
            migrationBuilder.Sql(ChangeStampTriggers.Track("contracts", "clients", "SELECT changed.id FROM {rows}"));
            migrationBuilder.Sql(ChangeStampTriggers.Track("contracts", "contracts", "SELECT changed.client_id FROM {rows}"));
            migrationBuilder.Sql(ChangeStampTriggers.Track("contracts", "contract_riders", OfContract));
            migrationBuilder.Sql(ChangeStampTriggers.Track("contracts", "price_adjustments", OfContract));
            migrationBuilder.Sql(ChangeStampTriggers.Track("contracts", "rider_items", OfRider));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql(ChangeStampTriggers.Untrack("contracts", table));
            }

            migrationBuilder.Sql(ChangeStampTriggers.DropTable("contracts"));
        }
    }
}
