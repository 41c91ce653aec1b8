using System.Text.Json;
using Tiflux.Billing.Invoicing;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Queries;

/// <summary>Stored billings as the public DTOs.</summary>
internal static class BillingSummaries
{
    public static BillingSummary Summary(BillingDocument b) => new(
        b.Id, b.Number, b.ClientId, b.ClientName, b.BillingDate, b.DueDate, b.NfeNumber,
        b.Reversed ? BillingState.Reversed : b.Paid ? BillingState.Paid : BillingState.Billed,
        b.ItemsTotal, b.Discount, b.Interest, b.RealValue, b.CreatedBy, b.CreatedAt);

    public static BilledLineDto ToDto(BillingLine l) => new(
        l.Key, l.GroupKey, l.Kind, l.ContractId, l.ContractName, l.CycleIndex, l.TicketNumber, l.SourceId, l.Description,
        l.Quantity, l.Unit, l.UnitValue, l.Amount, l.PeriodStart, l.PeriodEnd,
        JsonSerializer.Deserialize<LineExplanationDto>(l.ExplanationJson)!);
}
