using Microsoft.AspNetCore.Mvc.ModelBinding;
using Tiflux.Contracts.PublicApi;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Contracts;

/// <summary>The financial terms of a rider as typed: money in pt-BR, hours as HH:MM, SaaS items as rows.</summary>
public sealed class RiderInput
{
    public const int ItemRows = 10;

    public DateOnly? StartDate { get; set; }

    public int? DueDay { get; set; }

    public string? Value { get; set; }

    public string? DiscountValue { get; set; }

    public DiscountType DiscountType { get; set; } = DiscountType.Currency;

    /// <summary>HH:MM included per cycle.</summary>
    public string? IncludedHours { get; set; }

    public string? SurplusHourRate { get; set; }

    public string? Tax { get; set; }

    public string? ExternalRate { get; set; }

    public string? RemoteRate { get; set; }

    public string? InternalRate { get; set; }

    public int? IncludedTickets { get; set; }

    public string? ExtraTicketValue { get; set; }

    public List<ItemInput> Items { get; set; } = [];

    public string? Reason { get; set; }

    /// <summary>Module field names (without the "Rider." prefix) that the form shows under another name.</summary>
    public static IReadOnlyDictionary<string, string> Renames { get; } = new Dictionary<string, string>
    {
        ["IncludedMinutes"] = nameof(IncludedHours),
    };

    /// <summary>Pads the SaaS rows so the form always offers <see cref="ItemRows"/> of them.</summary>
    public RiderInput WithItemRows()
    {
        // Rows posted by index (Items.Index) that carried no value bind as null; keep their position.
        for (var i = 0; i < Items.Count; i++)
        {
            Items[i] ??= new ItemInput();
        }

        while (Items.Count < ItemRows)
        {
            Items.Add(new ItemInput());
        }

        return this;
    }

    /// <summary>A form prefilled with the terms of <paramref name="rider"/>, to start a new rider from them.</summary>
    public static RiderInput From(RiderTermsDto rider) => new RiderInput
    {
        DueDay = rider.DueDay,
        Value = PtBr.MoneyInput(rider.Value),
        DiscountValue = PtBr.MoneyInput(rider.DiscountValue),
        DiscountType = rider.DiscountType,
        IncludedHours = PtBr.Hhmm(rider.IncludedMinutes),
        SurplusHourRate = PtBr.MoneyInput(rider.SurplusHourRate),
        Tax = PtBr.MoneyInput(rider.Tax),
        ExternalRate = PtBr.MoneyInput(rider.ExternalRate),
        RemoteRate = PtBr.MoneyInput(rider.RemoteRate),
        InternalRate = PtBr.MoneyInput(rider.InternalRate),
        IncludedTickets = rider.IncludedTickets,
        ExtraTicketValue = PtBr.MoneyInput(rider.ExtraTicketValue),
        Items = [.. rider.Items.Select(i => new ItemInput { Name = i.Name, MonthlyValue = PtBr.MoneyInput(i.MonthlyValue), Quantity = i.Quantity })],
    }.WithItemRows();

    /// <summary>
    /// The request for <paramref name="modality"/> starting on <paramref name="start"/>, or null when a field could not be
    /// read. Fields of other modalities are ignored; blank item rows are skipped.
    /// </summary>
    public RiderTermsRequest? ToRequest(ModelStateDictionary modelState, string prefix, ContractModality modality, DateOnly? start)
    {
        var hours = ModalityFields.UsesHours(modality);
        var credit = ModalityFields.UsesCredit(modality);
        var tickets = ModalityFields.UsesTickets(modality);
        var value = modelState.Money(Value, prefix + nameof(Value));
        var discount = modelState.Money(DiscountValue, prefix + nameof(DiscountValue));
        var included = hours ? modelState.Hhmm(IncludedHours, prefix + nameof(IncludedHours)) : null;
        var surplus = hours ? modelState.Money(SurplusHourRate, prefix + nameof(SurplusHourRate)) : null;
        var tax = credit ? modelState.Money(Tax, prefix + nameof(Tax)) : null;
        var external = credit ? modelState.Money(ExternalRate, prefix + nameof(ExternalRate)) : null;
        var remote = credit ? modelState.Money(RemoteRate, prefix + nameof(RemoteRate)) : null;
        var internalRate = credit ? modelState.Money(InternalRate, prefix + nameof(InternalRate)) : null;
        var extraTicket = tickets ? modelState.Money(ExtraTicketValue, prefix + nameof(ExtraTicketValue)) : null;
        var items = ModalityFields.UsesItems(modality) ? ReadItems(modelState, prefix) : [];
        if (start is null)
        {
            modelState.AddModelError(prefix + nameof(StartDate), "Informe a data de início da vigência.");
        }

        if (!modelState.IsValid)
        {
            return null;
        }

        return new RiderTermsRequest(
            start!.Value,
            null,
            DueDay ?? 0,
            ModalityFields.UsesItems(modality) ? items.Sum(i => i.Total) : value ?? 0m,
            discount ?? 0m,
            DiscountType,
            included,
            surplus,
            tax,
            external,
            remote,
            internalRate,
            tickets ? IncludedTickets : null,
            extraTicket,
            items,
            Reason ?? "");
    }

    private List<RiderItemDto> ReadItems(ModelStateDictionary modelState, string prefix)
    {
        var items = new List<RiderItemDto>();
        for (var i = 0; i < Items.Count; i++)
        {
            var row = Items[i];
            if (row.IsBlank)
            {
                continue;
            }

            var monthly = modelState.Money(row.MonthlyValue, $"{prefix}Items[{i}].MonthlyValue");
            items.Add(new RiderItemDto(row.Name?.Trim() ?? "", monthly ?? 0m, row.Quantity ?? 0));
        }

        return items;
    }

    public sealed class ItemInput
    {
        public string? Name { get; set; }

        public string? MonthlyValue { get; set; }

        public int? Quantity { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(MonthlyValue) && Quantity is null;
    }
}
