using Tiflux.Api.Conventions;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Api.Contracts;

/// <summary>Reads a rider's terms from a body (POST /contracts, POST /contracts/{id}/riders), as the rider form does.</summary>
internal static class RiderReader
{
    private static readonly Dictionary<string, DiscountType> DiscountTypes = new(StringComparer.Ordinal)
    {
        ["currency"] = DiscountType.Currency,
        ["percent"] = DiscountType.Percent,
    };

    /// <summary>Module field names of a rider (without prefix) and their API names.</summary>
    public static readonly Dictionary<string, string> RiderFields = new(StringComparer.Ordinal)
    {
        ["StartDate"] = "start_date",
        ["EndDate"] = "end_date",
        ["DueDay"] = "due_day",
        ["Value"] = "value",
        ["DiscountValue"] = "discount_value",
        ["DiscountType"] = "discount_type",
        ["IncludedMinutes"] = "qtd_hours",
        ["SurplusHourRate"] = "surplus_hour_value",
        ["Tax"] = "tax",
        ["ExternalRate"] = "external_value",
        ["RemoteRate"] = "remote_value",
        ["InternalRate"] = "internal_value",
        ["IncludedTickets"] = "included_tickets",
        ["ExtraTicketValue"] = "extra_ticket_value",
        ["Items"] = "items",
        ["Reason"] = "description",
    };

    /// <summary>A rider's terms as the contract forms build them: fields of other modalities are ignored, SaaS value = Σ items.</summary>
    public static RiderTermsRequest? ReadRider(BodyReader body, ContractModality modality, DateOnly? contractStart)
    {
        var hours = modality.UsesHours();
        var credit = modality.UsesCredit();
        var tickets = modality.UsesTickets();
        var usesItems = modality.UsesItems();
        var start = body.Has("start_date") ? body.Date("start_date") : contractStart;
        var items = new List<RiderItemDto>();
        if (usesItems)
        {
            var rows = body.Objects("items") ?? [];
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                items.Add(new RiderItemDto(row.String("name")?.Trim() ?? "", row.Decimal("value", required: true) ?? 0m, row.Int("quantity", required: true) ?? 0));
                body.Absorb($"items[{i}]", row);
            }
        }

        var terms = new RiderTermsRequest(
            start ?? default,
            body.Date("end_date"),
            body.Int("due_day", required: true) ?? 0,
            body.Decimal("value") ?? 0m,
            body.Decimal("discount_value") ?? 0m,
            AutomationSupport.Enum(body, "discount_type", DiscountTypes) ?? DiscountType.Currency,
            hours ? body.Minutes("qtd_hours") : null,
            hours ? body.Decimal("surplus_hour_value") : null,
            credit ? body.Decimal("tax") : null,
            credit ? body.Decimal("external_value") : null,
            credit ? body.Decimal("remote_value") : null,
            credit ? body.Decimal("internal_value") : null,
            tickets ? body.Int("included_tickets") : null,
            tickets ? body.Decimal("extra_ticket_value") : null,
            items,
            body.String("description", maxLength: 1000) ?? "");
        return body.HasErrors ? null : terms;
    }
}
