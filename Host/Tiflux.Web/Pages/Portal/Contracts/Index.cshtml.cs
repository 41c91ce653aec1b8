using Microsoft.AspNetCore.Authorization;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal.Contracts;

/// <summary>
/// Contratos: the client's contracts (number, name, modality, status, validity, next adjustment; value only with "ver
/// valores") and each active contract's consumption in its current cycle.
/// </summary>
[Authorize(Policy = PortalPolicies.SeeContracts)]
public sealed class IndexModel(IContractsAdministration contracts, IBillingModule billing, TimeProvider clock) : PortalPageModel
{
    public IReadOnlyList<ContractListItemDto> Contracts { get; private set; } = [];

    public IReadOnlyList<ContractUsageDto> Usage { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = Me;
        Contracts = (await contracts.ListContractsAsync(new ContractListRequest(me.ClientId, null, null, null, 1, PagedList.MaxSize), cancellationToken)).Items;
        Usage = await billing.GetCurrentUsageAsync(me.ClientId, BrazilTime.Today(clock), cancellationToken);
    }
}
