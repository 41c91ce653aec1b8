using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Pending.Summary;

/// <summary>From the engine's lines to a stored summary, and from a stored summary to what a scope shows.</summary>
internal static class PendingSummaryParts
{
    public static PendingSummary Summarize(
        DateOnly asOf, bool exactDueDate, Guid clientId, IEnumerable<PendingLineDto> clientLines, string fingerprint, DateTimeOffset now)
    {
        var lines = clientLines.ToList();
        // A contract problem stands where the contract's cycles would be: it belongs to the contracts scope.
        var contract = lines.Where(l => l.IsContractLine || l.Kind == PendingLineKind.ContractProblem).ToList();
        var standalone = lines.Except(contract).ToList();
        return new PendingSummary
        {
            AsOf = asOf,
            ExactDueDate = exactDueDate,
            ClientId = clientId,
            ClientName = lines.FirstOrDefault()?.ClientName ?? "",
            ContractTotal = contract.Where(l => l.Billable && l.IsContractLine).Sum(l => l.Amount),
            ContractLines = contract.Count,
            ContractEarliestDue = contract.Min(l => l.DueDate),
            StandaloneTotal = standalone.Where(l => l.Billable).Sum(l => l.Amount),
            StandaloneLines = standalone.Count,
            StandaloneEarliestDue = standalone.Min(l => l.DueDate),
            Problems = [.. lines.Where(l => l.Kind == PendingLineKind.ContractProblem).Select(l => l.Description)],
            Fingerprint = fingerprint,
            RefreshedAt = now,
        };
    }

    /// <summary>The client's row in a scope, or null when it has no pending line in it.</summary>
    public static PendingClientSummary? Show(PendingSummary summary, PendingScope scope)
    {
        var contracts = scope != PendingScope.Standalone;
        var standalone = scope != PendingScope.Contracts;
        var lineCount = (contracts ? summary.ContractLines : 0) + (standalone ? summary.StandaloneLines : 0);
        if (lineCount == 0)
        {
            return null;
        }

        DateOnly?[] dues = [contracts ? summary.ContractEarliestDue : null, standalone ? summary.StandaloneEarliestDue : null];
        return new PendingClientSummary(
            summary.ClientId,
            summary.ClientName,
            contracts ? summary.ContractTotal : 0,
            standalone ? summary.StandaloneTotal : 0,
            dues.Min(),
            lineCount,
            contracts ? summary.Problems : []);
    }
}
