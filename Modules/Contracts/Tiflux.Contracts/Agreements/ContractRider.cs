using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Agreements;

/// <summary>One version of a contract's financial terms (adendo), in force from StartDate to EndDate inclusive.</summary>
internal sealed class ContractRider
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ContractId { get; init; }

    public int Release { get; init; }

    public DateOnly StartDate { get; init; }

    public DateOnly? EndDate { get; set; }

    public int DueDay { get; init; }

    public decimal Value { get; init; }

    public decimal DiscountValue { get; init; }

    public DiscountType DiscountType { get; init; } = DiscountType.Currency;

    public int? IncludedMinutes { get; init; }

    public decimal? SurplusHourRate { get; init; }

    public decimal? Tax { get; init; }

    public decimal? ExternalRate { get; init; }

    public decimal? RemoteRate { get; init; }

    public decimal? InternalRate { get; init; }

    public int? IncludedTickets { get; init; }

    public decimal? ExtraTicketValue { get; init; }

    public List<RiderItem> Items { get; init; } = [];

    public string Reason { get; init; } = "";

    public string CreatedBy { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public bool IsInForceOn(DateOnly date) => StartDate <= date && (EndDate is null || date <= EndDate);

    public RiderTermsDto ToDto(Contract contract) => new(
        Id, ContractId, contract.Name, contract.ClientId, contract.Modality, Release, StartDate, EndDate, DueDay, Value,
        DiscountValue, DiscountType, IncludedMinutes, SurplusHourRate, Tax, ExternalRate, RemoteRate, InternalRate,
        IncludedTickets, ExtraTicketValue, [.. Items.OrderBy(i => i.Position).Select(i => new RiderItemDto(i.Name, i.MonthlyValue, i.Quantity))]);
}
