using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Choices;

/// <summary>The active extra expenses of the catalogue, with their unit value.</summary>
internal sealed class ListExtraExpenseChoices(ICatalogAdministration catalog)
{
    public async Task<IReadOnlyList<EntryChoiceDto>> HandleAsync(CancellationToken cancellationToken) =>
        [.. (await catalog.ListExtraExpensesAsync(cancellationToken)).Where(e => e.Active).Select(e => new EntryChoiceDto(e.Id, e.Name, e.UnitValue))];
}
