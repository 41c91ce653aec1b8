using Tiflux.Api.Contracts;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Api.Billing;

/// <summary>A billing found by its API id (its number) and shaped with its lines and their explanations.</summary>
internal static class BillingViewShape
{
    /// <summary>
    /// The billing whose number is <paramref name="id"/>: from the API ids, else from the history (a billing made in the
    /// pages has no API id until an answer mentions it).
    /// </summary>
    public static async Task<Guid> ResolveAsync(string id, IBillingWorkflow workflow, PublicIds ids, CancellationToken cancellationToken)
    {
        var number = ApiPath.Id(id);
        if (await ids.ResolveAsync(PublicIdKind.Billing, number, cancellationToken) is { } known)
        {
            return known;
        }

        var history = await workflow.GetHistoryAsync(new BillingHistoryRequest(null, null, null, null, null, null, null, null, 1, 1) { Number = number }, cancellationToken);
        if (history.IsSuccess && history.Value.Page.Items is [var found])
        {
            await ids.AssignAsync(PublicIdKind.Billing, found.Id, cancellationToken, found.Number);
            return found.Id;
        }

        throw ApiPath.NotFound("Billing", id);
    }

    public static async Task<BillingView> ViewAsync(Guid billingId, IBillingWorkflow workflow, IContractsModule contracts, PublicIds ids, CancellationToken cancellationToken)
    {
        var details = await workflow.GetBillingAsync(billingId, cancellationToken) ?? throw ApiPath.NotFound("Billing", billingId);
        var s = details.Summary;
        var contractMap = await PendingLineShape.ContractMapAsync(details.Lines.Select(l => l.ContractId), contracts, ids, cancellationToken);
        var map = await ids.AssignAsync(new PublicIdBatch().Add(PublicIdKind.Billing, s.Id, s.Number).Add(PublicIdKind.Client, s.ClientId), cancellationToken);
        return new BillingView(
            map[PublicIdKind.Billing, s.Id],
            new IdName(map[PublicIdKind.Client, s.ClientId], s.ClientName),
            ApiResults.Date(s.BillingDate),
            ApiResults.Date(s.DueDate),
            string.IsNullOrEmpty(s.NfeNumber) ? null : s.NfeNumber,
            s.State switch { BillingState.Reversed => "reversed", BillingState.Paid => "paid", _ => "billed" },
            ApiResults.Money(s.ItemsTotal),
            ApiResults.Money(s.Discount),
            ApiResults.Money(s.Interest),
            ApiResults.Money(s.RealValue),
            details.Observations,
            details.ReversalReason,
            s.CreatedBy,
            ApiResults.DateTime(s.CreatedAt),
            [.. details.Lines.Select(l => new BilledLineView(
                l.Key,
                l.GroupKey,
                PendingLineShape.KindName(l.Kind),
                PendingLineShape.ContractRef(l.ContractId, l.ContractName, contractMap),
                l.CycleIndex,
                l.TicketNumber,
                ApiResults.Date(l.PeriodStart),
                ApiResults.Date(l.PeriodEnd),
                l.Description,
                l.Quantity,
                l.Unit,
                ApiResults.Money(l.UnitValue),
                ApiResults.Money(l.Amount),
                PendingLineShape.Explanation(l.Explanation)))]);
    }
}

/// <summary>A billed line with the explanation it had when billed.</summary>
internal sealed record BilledLineView(
    string Key,
    string GroupKey,
    string Kind,
    IdName? Contract,
    int? CycleIndex,
    int? TicketNumber,
    string? PeriodStart,
    string? PeriodEnd,
    string Description,
    decimal Quantity,
    string Unit,
    string UnitValue,
    string Amount,
    ExplanationView Explanation);

/// <summary>A billing; <c>id</c> is its number; <c>state</c> is billed, reversed or paid.</summary>
internal sealed record BillingView(
    int Id,
    IdName Client,
    string BillingDate,
    string DueDate,
    string? NfeNumber,
    string State,
    string ItemsTotal,
    string Discount,
    string Interest,
    string RealValue,
    string Observations,
    string? ReversalReason,
    string CreatedBy,
    string CreatedAt,
    BilledLineView[] Lines);
