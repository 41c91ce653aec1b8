using Tiflux.Billing.PublicApi;

namespace Tiflux.Reporting.Documents;

/// <summary>A billed or pending line, whichever the report is built from.</summary>
internal sealed record ReportLine(
    string GroupKey,
    PendingLineKind Kind,
    string? ContractName,
    int? CycleIndex,
    int? TicketNumber,
    Guid? SourceId,
    string Description,
    decimal Quantity,
    string Unit,
    decimal UnitValue,
    decimal Amount,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    DateOnly? ReferenceDate,
    LineExplanationDto Explanation)
{
    public bool IsContractLine => CycleIndex is not null;

    public static ReportLine From(BilledLineDto l) =>
        new(l.GroupKey, l.Kind, l.ContractName, l.CycleIndex, l.TicketNumber, l.SourceId, l.Description, l.Quantity, l.Unit, l.UnitValue, l.Amount,
            l.PeriodStart, l.PeriodEnd, l.Explanation.Entries.Count > 0 ? l.Explanation.Entries.Min(e => e.Date) : l.PeriodStart, l.Explanation);

    public static ReportLine From(PendingLineDto l) =>
        new(l.GroupKey, l.Kind, l.ContractName, l.CycleIndex, l.TicketNumber, l.SourceId, l.Description, l.Quantity, l.Unit, l.UnitValue, l.Amount,
            l.PeriodStart, l.PeriodEnd, l.ReferenceDate, l.Explanation);
}
