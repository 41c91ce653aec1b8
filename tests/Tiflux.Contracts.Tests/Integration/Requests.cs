using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Tests.Integration;

internal static class Requests
{
    public const string ValidCnpj = "11.222.333/0001-81";
    public const string OtherCnpj = "11.444.777/0001-61";
    public const string ValidCpf = "529.982.247-25";

    public static ContractSettingsRequest Settings(DateOnly start) => new(
        "Contrato teste", BillingTiming.InAdvance, 5, false, start, null, null, false, CycleAnchor.CalendarMonth, null, null,
        true, "", null, null, 0, 0, false, null, [], []);

    public static RiderTermsRequest ValidRider(ContractModality modality, DateOnly start)
    {
        var rider = new RiderTermsRequest(start, null, 10, 1000m, 0m, DiscountType.Currency, null, null, null, null, null, null, null, null, [], "");
        return modality switch
        {
            ContractModality.Hours or ContractModality.CumulativeHours => rider with { IncludedMinutes = 600, SurplusHourRate = 150m },
            ContractModality.Credit or ContractModality.SharedCredit => rider with { Value = 5000m, Tax = 500m, ExternalRate = 200m, RemoteRate = 120m, InternalRate = 150m },
            ContractModality.PerTicket => rider with { IncludedTickets = 5, ExtraTicketValue = 90m },
            ContractModality.SaasProduct => rider with { Value = 0m, Items = [new("Licença", 50m, 10), new("Backup", 200m, 1)] },
            _ => rider,
        };
    }
}
