using Tiflux.Api.Contracts;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Api.Billing;

/// <summary>Pending and billed lines in the API shape: contracts named by their numbers, kinds in snake_case, explanations.</summary>
internal static class PendingLineShape
{
    /// <summary>Pending lines in the API shape, contracts named by their numbers.</summary>
    public static async Task<List<PendingLineView>> LineViewsAsync(IReadOnlyList<PendingLineDto> lines, IContractsModule contracts, PublicIds ids, CancellationToken cancellationToken)
    {
        var map = await ContractMapAsync(lines.Select(l => l.ContractId), contracts, ids, cancellationToken);
        return
        [
            .. lines.Select(l => new PendingLineView(
                l.Key,
                l.GroupKey,
                KindName(l.Kind),
                ContractRef(l.ContractId, l.ContractName, map),
                l.CycleIndex,
                l.TicketNumber,
                ApiResults.Date(l.ReferenceDate),
                ApiResults.Date(l.DueDate),
                ApiResults.Date(l.PeriodStart),
                ApiResults.Date(l.PeriodEnd),
                l.Description,
                l.Quantity,
                l.Unit,
                ApiResults.Money(l.UnitValue),
                ApiResults.Money(l.Amount),
                l.Billable,
                Explanation(l.Explanation))),
        ];
    }

    public static async Task<PublicIdMap> ContractMapAsync(IEnumerable<Guid?> contractIds, IContractsModule contracts, PublicIds ids, CancellationToken cancellationToken)
    {
        var distinct = contractIds.OfType<Guid>().Distinct().ToList();
        var batch = new PublicIdBatch();
        if (distinct.Count > 0)
        {
            foreach (var c in await contracts.GetContractTermsAsync(new ContractTermsRequest(null, distinct), cancellationToken))
            {
                batch.Add(PublicIdKind.Contract, c.Id, c.Number);
            }
        }

        return await ids.AssignAsync(batch, cancellationToken);
    }

    public static IdName? ContractRef(Guid? contractId, string? name, PublicIdMap map) =>
        map.Find(PublicIdKind.Contract, contractId) is { } id ? new IdName(id, name ?? "") : null;

    public static string KindName(PendingLineKind kind) => ResultErrors.SnakeCase(kind.ToString());

    public static ExplanationView Explanation(LineExplanationDto e) => new(
        e.Rule,
        e.Formula,
        [.. e.Facts.Select(f => new FactView(f.Label, f.Value))],
        [.. e.Entries.Select(x => new ExplanationEntryView(
            x.TicketNumber, ApiResults.Date(x.Date), x.Mode, x.RawMinutes, x.BilledMinutes,
            x.Value is { } v ? ApiResults.Money(v) : null, x.Warranty, x.Technician, x.Description))],
        e.RiderRelease);
}

/// <summary>
/// A client's pending totals (billable amounts only); <c>problems</c> lists contracts whose cycles cannot be computed
/// (nothing billed until fixed); <c>awaiting_review</c> is the work on tickets not yet reviewed (not in the totals).
/// </summary>
internal sealed record PendingClientView(
    IdName Client, string ContractTotal, string StandaloneTotal, string Total, string? EarliestDueDate, int LineCount, IReadOnlyList<string> Problems,
    AwaitingReviewView AwaitingReview);

/// <summary>A fact of an explanation, e.g. ("Horas incluídas", "20:00").</summary>
internal sealed record FactView(string Label, string Value);

/// <summary>A time entry behind an amount.</summary>
internal sealed record ExplanationEntryView(
    int TicketNumber, string Date, string Mode, int RawMinutes, int BilledMinutes, string? Value, bool Warranty, string Technician, string Description);

/// <summary>Why a line has its amount.</summary>
internal sealed record ExplanationView(string Rule, string Formula, FactView[] Facts, ExplanationEntryView[] Entries, int? RiderRelease);

/// <summary>
/// A pending line; lines with the same <c>group_key</c> (a contract cycle) are billed together. <c>kind</c> is one of
/// contract_fee, saas_item, credit_fee, credit_allowance, rider_discount, hours_excess, ticket_excess, credit_excess,
/// standalone_entry, travel, extra.
/// </summary>
internal sealed record PendingLineView(
    string Key,
    string GroupKey,
    string Kind,
    IdName? Contract,
    int? CycleIndex,
    int? TicketNumber,
    string ReferenceDate,
    string? DueDate,
    string? PeriodStart,
    string? PeriodEnd,
    string Description,
    decimal Quantity,
    string Unit,
    string UnitValue,
    string Amount,
    bool Billable,
    ExplanationView Explanation);
