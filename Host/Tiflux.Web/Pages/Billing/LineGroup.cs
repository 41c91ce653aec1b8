using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Billing;

/// <summary>Lines billed together: a whole contract cycle, or one standalone item.</summary>
public sealed record LineGroup(string GroupKey, IReadOnlyList<PendingLineDto> Lines)
{
    public PendingLineDto First => Lines[0];

    public bool IsContractCycle => First.IsContractLine;

    /// <summary>Whether the group can be billed at all (warranty items cannot).</summary>
    public bool Billable => Lines.Any(l => l.Billable);

    public decimal Total => Lines.Where(l => l.Billable).Sum(l => l.Amount);

    public string Title => IsContractCycle
        ? $"{First.ContractName} · ciclo {First.CycleIndex} · {PtBr.Period(First.PeriodStart, First.PeriodEnd)} · vencimento {PtBr.Date(First.DueDate)}"
        : First.Description;

    public static IReadOnlyList<LineGroup> Of(IEnumerable<PendingLineDto> lines) =>
        [.. lines.GroupBy(l => l.GroupKey).Select(g => new LineGroup(g.Key, [.. g]))];
}

/// <summary>What the lines table partial needs: the groups and whether they carry selection checkboxes.</summary>
public sealed record LinesTableModel(IReadOnlyList<LineGroup> Groups, bool Selectable, IReadOnlySet<string> Checked);
