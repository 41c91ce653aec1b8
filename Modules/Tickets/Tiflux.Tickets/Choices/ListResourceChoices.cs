using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Choices;

/// <summary>A client's resources, by group then name, the group named beside the resource.</summary>
internal sealed class ListResourceChoices(IContractsModule contracts)
{
    public async Task<IReadOnlyList<ChoiceDto>> HandleAsync(Guid clientId, CancellationToken cancellationToken) =>
        [.. (await contracts.GetResourcesAsync(clientId, cancellationToken))
            .OrderBy(r => r.ResourceGroupName).ThenBy(r => r.Name)
            .Select(r => new ChoiceDto(r.Id, r.ResourceGroupName is null ? r.Name : $"{r.Name} ({r.ResourceGroupName})"))];
}
