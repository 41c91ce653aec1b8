using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Choices;

/// <summary>The active clients a ticket may be opened for.</summary>
internal sealed class ListClientChoices(IContractsModule contracts)
{
    public async Task<IReadOnlyList<ChoiceDto>> HandleAsync(CancellationToken cancellationToken) =>
        [.. (await contracts.GetClientsAsync(null, cancellationToken)).Where(c => c.Active).Select(c => new ChoiceDto(c.Id, c.Name))];
}
