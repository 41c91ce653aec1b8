using Tiflux.Billing.Pending;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Invoicing.Drafts;

/// <summary>
/// One client's selection applied to a computation: the groups asked for (every billable group for "Faturar tudo"),
/// those still pending with all their lines (as the page shows them), the billable lines in the engine's order (what a
/// billing writes), and the groups asked for that are no longer pending. Draft and commit both select through here.
/// </summary>
internal sealed record BillingSelection(
    IReadOnlySet<string> SelectedGroups,
    IReadOnlyList<BillingDraftGroupDto> Groups,
    IReadOnlyList<PendingLineDto> Lines,
    IReadOnlyList<string> MissingGroupKeys,
    string? ClientName)
{
    public const string NothingSelected = "Selecione ao menos um item para faturar.";

    public const string NothingPending = "Não há itens pendentes para faturar com estes filtros.";

    public decimal Total => Lines.Sum(l => l.Amount);

    public static BillingSelection Of(BillingDraftRequest request, PendingComputation computation)
    {
        var clientLines = computation.Lines.Where(l => l.ClientId == request.ClientId).ToList();
        var billableGroups = clientLines.Where(l => l.Billable).Select(l => l.GroupKey).ToHashSet(StringComparer.Ordinal);
        var selected = request.BillAll ? billableGroups : request.SelectedGroupKeys.ToHashSet(StringComparer.Ordinal);
        var groups = clientLines
            .Where(l => selected.Contains(l.GroupKey) && billableGroups.Contains(l.GroupKey))
            .GroupBy(l => l.GroupKey)
            .Select(g => new BillingDraftGroupDto(g.Key, [.. g], g.Where(l => l.Billable).Sum(l => l.Amount)))
            .ToList();
        return new BillingSelection(
            selected,
            groups,
            [.. clientLines.Where(l => l.Billable && selected.Contains(l.GroupKey))],
            [.. request.SelectedGroupKeys.Distinct(StringComparer.Ordinal).Where(k => !request.BillAll && !billableGroups.Contains(k))],
            clientLines.FirstOrDefault()?.ClientName);
    }

    /// <summary>Why nothing can be billed: no group asked for, or none pending for "Faturar tudo".</summary>
    public static Error? EmptyError(BillingDraftRequest request, IReadOnlySet<string> selected) =>
        selected.Count > 0 ? null
        : request.BillAll ? Error.Validation("BillAll", NothingPending)
        : Error.Validation("SelectedGroupKeys", NothingSelected);
}
