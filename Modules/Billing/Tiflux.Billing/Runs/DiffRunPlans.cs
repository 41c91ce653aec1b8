using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Runs;

/// <summary>Cycles new, removed and changed between two plans of a date, keyed by contract and cycle index.</summary>
internal static class DiffRunPlans
{
    public static List<PlannedCycleChangeDto> Compare(IReadOnlyList<PlannedCycleSnapshot> before, IReadOnlyList<PlannedCycleSnapshot> after)
    {
        var old = before.DistinctBy(Key).ToDictionary(Key);
        var now = after.DistinctBy(Key).ToDictionary(Key);
        var changes = new List<PlannedCycleChangeDto>();
        foreach (var cycle in after.DistinctBy(Key))
        {
            if (!old.TryGetValue(Key(cycle), out var previous))
            {
                changes.Add(Change(PlanChangeKind.Added, cycle, null, cycle, []));
            }
            else if (Lines(previous, cycle) is var lines && (lines.Count > 0 || previous.Total != cycle.Total || previous.Problem != cycle.Problem))
            {
                changes.Add(Change(PlanChangeKind.Changed, cycle, previous, cycle, lines));
            }
        }

        changes.AddRange(before.DistinctBy(Key).Where(c => !now.ContainsKey(Key(c))).Select(c => Change(PlanChangeKind.Removed, c, c, null, [])));
        return changes;
    }

    private static (Guid ContractId, int CycleIndex) Key(PlannedCycleSnapshot cycle) => (cycle.ContractId, cycle.CycleIndex);

    private static PlannedCycleChangeDto Change(
        PlanChangeKind kind, PlannedCycleSnapshot shown, PlannedCycleSnapshot? before, PlannedCycleSnapshot? after, IReadOnlyList<PlannedLineChangeDto> lines) =>
        new(kind, shown.ContractId, shown.ContractName, shown.CycleIndex, shown.ClientName, shown.DueDate, before?.Total, after?.Total, before?.Problem, after?.Problem, lines);

    private static List<PlannedLineChangeDto> Lines(PlannedCycleSnapshot before, PlannedCycleSnapshot after)
    {
        var old = before.Lines.DistinctBy(l => l.Key).ToDictionary(l => l.Key);
        var now = after.Lines.DistinctBy(l => l.Key).ToDictionary(l => l.Key);
        var lines = new List<PlannedLineChangeDto>();
        foreach (var line in now.Values)
        {
            if (!old.TryGetValue(line.Key, out var previous))
            {
                lines.Add(new(PlanChangeKind.Added, line.Description, null, line.Amount));
            }
            else if (previous.Amount != line.Amount || previous.Description != line.Description)
            {
                lines.Add(new(PlanChangeKind.Changed, line.Description, previous.Amount, line.Amount));
            }
        }

        lines.AddRange(old.Values.Where(l => !now.ContainsKey(l.Key)).Select(l => new PlannedLineChangeDto(PlanChangeKind.Removed, l.Description, l.Amount, null)));
        return lines;
    }
}
