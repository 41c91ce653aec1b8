using Tiflux.Contracts.PublicApi;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Billing.Pending;

/// <summary>Everything needed to price one contract cycle, already loaded.</summary>
internal sealed record CycleInput(
    ContractTermsDto Contract,
    ContractCycleDto Cycle,
    string ClientName,
    IReadOnlyList<ConsumptionEntryDto> PeriodEntries,
    IReadOnlyList<int> CountedTicketNumbers,
    IReadOnlyList<HourLot> Lots,
    IReadOnlyDictionary<Guid, string> ClientNames);

/// <summary>The lines of one cycle and the ledger movements billing it will record.</summary>
internal sealed record CycleResult(IReadOnlyList<Tiflux.Billing.PublicApi.PendingLineDto> Lines, IReadOnlyList<LedgerMovement> Movements);
