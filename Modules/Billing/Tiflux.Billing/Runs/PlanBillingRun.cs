using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Pending;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>The cycles a run bills: due, unbilled cycles of contracts with automatic billing, not ignored.</summary>
internal sealed class PlanBillingRun(IContractsModule contracts, PendingBillingEngine engine, BillingDbContext db)
{
    /// <summary>The cycle index a batch error carries when the contract's cycles cannot be computed at all.</summary>
    public const int UnschedulableCycle = 0;

    public async Task<RunPlanDto> HandleAsync(DateOnly runDate, CancellationToken cancellationToken)
    {
        var pendingCycles = await contracts.GetCyclesPendingAsync(new CyclesPendingRequest(runDate, null, null), cancellationToken);
        var contractIds = pendingCycles.Cycles.Select(c => c.ContractId).Concat(pendingCycles.Problems.Select(p => p.ContractId)).Distinct();
        var terms = (await contracts.GetContractTermsAsync(new ContractTermsRequest(null, [.. contractIds]), cancellationToken))
            .Where(t => t.AutomaticBilling)
            .ToDictionary(t => t.Id);
        if (terms.Count == 0)
        {
            return new RunPlanDto(runDate, []);
        }

        var clientIds = terms.Values.Select(t => t.ClientId).Distinct().ToList();
        var clients = (await contracts.GetClientsAsync(clientIds, cancellationToken)).ToDictionary(c => c.Id);
        var ignored = (await db.BatchErrors.AsNoTracking().Where(e => e.Status == BatchErrorStatus.Ignored)
            .Select(e => new { e.ContractId, e.CycleIndex }).ToListAsync(cancellationToken))
            .Select(e => (e.ContractId, e.CycleIndex)).ToHashSet();
        var pending = await engine.ComputeAsync(new PendingRequest(runDate, null, clientIds, PendingScope.Contracts), cancellationToken);
        var planned = pending.Lines
            .Where(l => l.ContractId is { } id && terms.ContainsKey(id) && !ignored.Contains((id, l.CycleIndex ?? UnschedulableCycle)))
            .GroupBy(l => l.GroupKey)
            .Select(g =>
            {
                var first = g.First();
                var contract = terms[first.ContractId!.Value];
                // A contract whose cycles cannot be computed is one batch error ("cycle 0") until somebody fixes its dates.
                return first.Kind == PendingLineKind.ContractProblem
                    ? new PlannedCycleDto(contract.Id, contract.Name, UnschedulableCycle, contract.ClientId, first.ClientName, runDate, 0m, [.. g], first.Description)
                    : new PlannedCycleDto(
                        contract.Id, contract.Name, first.CycleIndex!.Value, contract.ClientId, first.ClientName, first.DueDate!.Value,
                        g.Where(l => l.Billable).Sum(l => l.Amount), [.. g], Problem(contract, clients.GetValueOrDefault(contract.ClientId)));
            })
            .OrderBy(c => c.DueDate).ThenBy(c => c.ClientName, StringComparer.Ordinal).ThenBy(c => c.ContractName, StringComparer.Ordinal).ThenBy(c => c.CycleIndex)
            .ToList();
        return new RunPlanDto(runDate, planned);
    }

    private static string? Problem(ContractTermsDto contract, ClientSummary? client)
    {
        if (client is null || !client.Active)
        {
            return "Cliente inexistente ou inativo.";
        }

        if (string.IsNullOrWhiteSpace(client.TaxId))
        {
            return "Cliente sem CPF/CNPJ.";
        }

        if (client.FinanceEmails.Count == 0)
        {
            return "Cliente sem e-mail financeiro para receber o faturamento.";
        }

        return contract.Status == ContractStatus.PendingAdjustment ? "Contrato pendente de reajuste: aplique o reajuste antes de faturar." : null;
    }
}
