using Tiflux.Billing.Pending;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>
/// The cycles a run bills out of a pending computation: the groups of contracts with automatic billing, not ignored,
/// each with why it cannot be billed (client inactive, without CPF/CNPJ or finance e-mail, contract pending adjustment,
/// cycles not computable). The dry run and every batch judge through here.
/// </summary>
internal static class PlannedCycles
{
    /// <summary>The cycle index a batch error carries when the contract's cycles cannot be computed at all.</summary>
    public const int UnschedulableCycle = 0;

    public static List<PlannedCycleDto> From(
        PendingComputation pending, DateOnly runDate, IReadOnlyDictionary<Guid, ContractTermsDto> automatic,
        IReadOnlyDictionary<Guid, ClientSummary> clients, IReadOnlySet<(Guid ContractId, int CycleIndex)> ignored) =>
        [.. pending.Lines
            .Where(l => l.ContractId is { } id && automatic.ContainsKey(id) && !ignored.Contains((id, l.CycleIndex ?? UnschedulableCycle)))
            .GroupBy(l => l.GroupKey)
            .Select(g =>
            {
                var first = g.First();
                var contract = automatic[first.ContractId!.Value];
                // A contract whose cycles cannot be computed is one batch error ("cycle 0") until somebody fixes its dates.
                return first.Kind == PendingLineKind.ContractProblem
                    ? new PlannedCycleDto(contract.Id, contract.Name, UnschedulableCycle, contract.ClientId, first.ClientName, runDate, 0m, [.. g], first.Description)
                    : new PlannedCycleDto(
                        contract.Id, contract.Name, first.CycleIndex!.Value, contract.ClientId, first.ClientName, first.DueDate!.Value,
                        g.Where(l => l.Billable).Sum(l => l.Amount), [.. g], Problem(contract, clients.GetValueOrDefault(contract.ClientId)));
            })
            .OrderBy(c => c.DueDate).ThenBy(c => c.ClientName, StringComparer.Ordinal).ThenBy(c => c.ContractName, StringComparer.Ordinal).ThenBy(c => c.CycleIndex)];

    /// <summary>A batch's planned cycles still pending, judged from the computation, in the plan's order.</summary>
    public static List<PlannedCycleDto> OfBatch(RunBatch batch, DateOnly runDate, RunCycleContext.Loaded loaded, PendingComputation computation)
    {
        var planned = batch.Cycles.ToHashSet();
        return [.. From(computation, runDate, loaded.Automatic, loaded.Clients, loaded.Ignored).Where(c => planned.Contains((c.ContractId, c.CycleIndex)))];
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
