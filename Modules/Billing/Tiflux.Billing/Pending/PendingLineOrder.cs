using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Pending;

/// <summary>
/// The order of pending lines everywhere (screen, draft, billing): by client, contract lines first (by contract, cycle,
/// then as the pricer produced them), then standalone lines by ticket, date and kind; keys break ties, so it is stable.
/// </summary>
internal static class PendingLineOrder
{
    public static List<PendingLineDto> Sort(List<PendingLineDto> lines) =>
        [.. lines
            .Select((line, position) => (line, position))
            .OrderBy(x => x.line.ClientName, StringComparer.Ordinal)
            .ThenBy(x => x.line.ClientId)
            .ThenBy(x => x.line.IsContractLine ? 0 : 1)
            .ThenBy(x => x.line.ContractName, StringComparer.Ordinal)
            .ThenBy(x => x.line.ContractId)
            .ThenBy(x => x.line.CycleIndex)
            .ThenBy(x => x.line.TicketNumber)
            .ThenBy(x => x.line.PeriodStart)
            .ThenBy(x => x.line.Kind)
            .ThenBy(x => x.line.IsContractLine ? x.position : 0)
            .ThenBy(x => x.line.Key, StringComparer.Ordinal)
            .Select(x => x.line)];
}
