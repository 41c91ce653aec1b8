using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>
/// A planned cycle as stored for the run diff: what identifies and prices it, not its explanation (a plan of a
/// thousand cycles stays a few hundred kilobytes).
/// </summary>
internal sealed record PlannedCycleSnapshot(
    Guid ContractId, string ContractName, int CycleIndex, string ClientName, DateOnly DueDate, decimal Total, IReadOnlyList<PlannedLineSnapshot> Lines, string? Problem)
{
    public static PlannedCycleSnapshot From(PlannedCycleDto cycle) => new(
        cycle.ContractId, cycle.ContractName, cycle.CycleIndex, cycle.ClientName, cycle.DueDate, cycle.Total,
        [.. cycle.Lines.Select(l => new PlannedLineSnapshot(LineKey(l), l.Description, l.Amount))], cycle.Problem);

    /// <summary>The line's key without its cycle's prefix ("cycle:{contract}:{index}:"), which the snapshot already says.</summary>
    private static string LineKey(PendingLineDto line) =>
        line.Key.StartsWith(line.GroupKey + ":", StringComparison.Ordinal) ? line.Key[(line.GroupKey.Length + 1)..] : line.Key;
}

/// <summary>A line of a stored planned cycle.</summary>
internal sealed record PlannedLineSnapshot(string Key, string Description, decimal Amount);
