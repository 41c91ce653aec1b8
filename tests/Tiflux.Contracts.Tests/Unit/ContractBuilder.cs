using Tiflux.Contracts.Agreements;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Tests.Unit;

internal static class ContractBuilder
{
    public static Contract Contract(
        DateOnly start,
        BillingTiming timing = BillingTiming.InAdvance,
        CycleAnchor anchor = CycleAnchor.CalendarMonth,
        int daysBefore = 0,
        params ContractRider[] riders)
    {
        var contract = new Contract
        {
            Name = "Contrato de teste",
            Modality = ContractModality.Free,
            StartDate = start,
            BillingTiming = timing,
            CycleAnchor = anchor,
            BillingDaysBefore = daysBefore,
        };
        contract.Riders.AddRange(riders.Length > 0 ? riders : [Rider(contract.Id, 1, start, null, dueDay: 10)]);
        return contract;
    }

    public static ContractRider Rider(Guid contractId, int release, DateOnly start, DateOnly? end, int dueDay, decimal value = 1000m) =>
        new() { ContractId = contractId, Release = release, StartDate = start, EndDate = end, DueDay = dueDay, Value = value };

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
