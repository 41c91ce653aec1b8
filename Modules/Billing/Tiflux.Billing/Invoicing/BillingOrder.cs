using Tiflux.Billing.Pending;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Invoicing;

/// <summary>
/// Cycles that carry a balance into the next (Horas Cumulativas) are billed in time order: a cycle whose earlier
/// cycles are unbilled can only be billed together with them, and a billing can only be reversed while no later cycle
/// of the same contract is billed. Page, API and automatic runs all go through here (docs/decisions/0012-billing-order.md).
/// </summary>
internal static class BillingOrder
{
    public static IEnumerable<Error> Check(IReadOnlySet<string> selectedGroups, PendingComputation computation) =>
        selectedGroups
            .SelectMany(group => computation.BillFirst.GetValueOrDefault(group) ?? [])
            .Where(earlier => !selectedGroups.Contains(earlier.GroupKey))
            .DistinctBy(earlier => earlier.GroupKey)
            .Select(earlier => Error.Validation("SelectedGroupKeys",
                $"Fature primeiro o ciclo de {PtBr.Date(earlier.Start)} a {PtBr.Date(earlier.End)} do contrato {earlier.ContractName}: " +
                "em Horas Cumulativas o saldo de horas passa de um ciclo para o seguinte, então os ciclos são faturados em ordem (podem ir juntos no mesmo faturamento)."));

    public static string ReverseLaterFirst(int laterBillingNumber, string contractName) =>
        $"Estorne primeiro o faturamento nº {laterBillingNumber}, que tem um ciclo posterior do contrato {contractName}: " +
        "em Horas Cumulativas o saldo de horas de um ciclo alimenta os seguintes.";
}
