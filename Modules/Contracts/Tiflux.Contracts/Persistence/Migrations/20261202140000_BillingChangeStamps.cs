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
        private const string ContractOwner = "JOIN contracts.contracts c ON c.id = changed.contract_id";

        private static readonly string[] Tables = ["clients", "contracts", "contract_riders", "rider_items", "price_adjustments"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ChangeStampTriggers.CreateTable("contracts", "SELECT id FROM contracts.clients"));
            migrationBuilder.Sql(ChangeStampTriggers.Track("contracts", "clients", "SELECT changed.id FROM {rows}"));
            migrationBuilder.Sql(ChangeStampTriggers.Track("contracts", "contracts", "SELECT changed.client_id FROM {rows}"));
            migrationBuilder.Sql(ChangeStampTriggers.Track("contracts", "contract_riders", $"SELECT c.client_id FROM {{rows}} {ContractOwner}"));
            migrationBuilder.Sql(ChangeStampTriggers.Track("contracts", "price_adjustments", $"SELECT c.client_id FROM {{rows}} {ContractOwner}"));
            migrationBuilder.Sql(ChangeStampTriggers.Track("contracts", "rider_items",
                "SELECT c.client_id FROM {rows} JOIN contracts.contract_riders r ON r.id = changed.rider_id JOIN contracts.contracts c ON c.id = r.contract_id"));
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
