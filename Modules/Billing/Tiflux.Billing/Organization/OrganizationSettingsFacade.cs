using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Organization;

internal sealed class OrganizationSettingsFacade(GetOrganizationSettings get, SaveOrganizationSettings save) : IOrganizationSettings
{
    public Task<OrganizationSettingsDto> GetAsync(CancellationToken cancellationToken) => get.HandleAsync(cancellationToken);

    public Task<Result> SaveAsync(SaveOrganizationSettingsRequest request, CancellationToken cancellationToken) => save.HandleAsync(request, cancellationToken);
}
