using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Web.Pages.Dashboard;

/// <summary>The contract tiles: pending price adjustment and above the consumption-reminder threshold.</summary>
public sealed record ContractTiles(int PendingAdjustment, int Reminded, string? RemindedLink)
{
    public const string PendingAdjustmentLink = "/contratos?status=PendingAdjustment";

    public static async Task<ContractTiles> LoadAsync(
        IContractOverview contracts, IBillingOverview billing, DateOnly today, bool canOpenChart, CancellationToken cancellationToken)
    {
        var pending = await contracts.CountPendingAdjustmentAsync(today, cancellationToken);
        var reminded = await billing.GetRemindedContractsAsync(today, cancellationToken);
        string? link = null;
        if (canOpenChart && reminded.Count > 0)
        {
            var clients = await contracts.GetClientIdsAsync(reminded.ContractIds, cancellationToken);
            // The chart page takes at most that many clients; more open it on every client.
            link = "/relatorios/grafico-consumo-contrato?exibir=1" + (clients.Count <= BillingLimits.PendingClientFilter
                ? string.Concat(clients.Select(id => "&clientes=" + id))
                : "");
        }

        return new ContractTiles(pending, reminded.Count, link);
    }
}
