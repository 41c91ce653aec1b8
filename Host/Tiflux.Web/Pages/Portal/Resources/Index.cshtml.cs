using Microsoft.AspNetCore.Authorization;
using Tiflux.Contracts.PublicApi;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal.Resources;

/// <summary>Recursos: the client's equipment and its groups, read-only.</summary>
[Authorize(Policy = PortalPolicies.SeeResources)]
public sealed class IndexModel(IContractsModule contracts) : PortalPageModel
{
    public IReadOnlyList<ResourceDto> Resources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Resources = [.. (await contracts.GetResourcesAsync(Me.ClientId, cancellationToken))
            .OrderBy(r => r.ResourceGroupName ?? "", Tiflux.SharedKernel.PtBr.Collator)
            .ThenBy(r => r.Name, Tiflux.SharedKernel.PtBr.Collator)];
}
