using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.Entries;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Tests.Unit;

/// <summary>One test group per row of domain.md §2.5.</summary>
public sealed class ValuationRulesTests
{
    private static readonly DateOnly Day = new(2026, 11, 10);
    private static readonly Guid ClientId = Guid.CreateVersion7();

    private static readonly RiderTermsDto Rider = new(
        Guid.CreateVersion7(), Guid.CreateVersion7(), "Contrato Horas", ClientId, ContractModality.Hours, 2, new DateOnly(2026, 1, 1),
        new DateOnly(2026, 11, 30), 10, 1000m, 0m, DiscountType.Currency, 600, 150m, null, null, null, null, null, null, []);

    private static readonly RiderTermsDto ExpiredRider = Rider with { Id = Guid.CreateVersion7(), EndDate = new DateOnly(2026, 11, 9) };

    private static readonly StandaloneServiceDto Service = new(Guid.CreateVersion7(), "Avulso", null, 180m, 120m, 90m, true);

    private static readonly StandaloneServiceDto Inactive = Service with { Id = Guid.CreateVersion7(), Active = false };

    private static readonly TravelDto Travel = new(Guid.CreateVersion7(), "Visita", 75m, TravelScope.All, null, null, true);

    private static readonly ValuationOptionsDto Options = new([Rider, ExpiredRider], [Service, Inactive], [Travel]);

    private static ValuationInput Standalone(AttendanceMode mode = AttendanceMode.Remote, int minutes = 90) =>
        new(Day, minutes, mode, EntryKind.Standalone, null, Service.Id, null, null, false, false, null);

    private static ValuationInput Contract(AttendanceMode mode = AttendanceMode.Remote) =>
        new(Day, 90, mode, EntryKind.Contract, Rider.Id, null, null, null, false, false, null);

    private static Error Single(Result<EntryValuation> result, string field)
    {
        Assert.False(result.IsSuccess);
        return Assert.Single(result.Errors, e => e.Field == field);
    }

    [Fact]
    public void AttendanceMode_WhenMissing_IsRefused()
    {
        var result = ValuationRules.Evaluate(Standalone() with { Mode = null }, Options);

        Assert.Contains("tipo de atendimento", Single(result, "Mode").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AttendanceKind_WhenMissing_IsRefused() =>
        Single(ValuationRules.Evaluate(Standalone() with { Kind = null }, Options), "Kind");

    [Fact]
    public void Contract_WithRiderInForce_ConsumesContractWithoutValue()
    {
        var result = ValuationRules.Evaluate(Contract(), Options);

        Assert.True(result.IsSuccess);
        Assert.Equal(ValuationBasis.ConsumesContract, result.Value.Basis);
        Assert.Null(result.Value.Value);
        Assert.Equal(Rider.Id, result.Value.RiderId);
        Assert.Equal(Rider.ContractId, result.Value.ContractId);
    }

    [Fact]
    public void Contract_WithoutRider_IsRefused() =>
        Single(ValuationRules.Evaluate(Contract() with { RiderId = null }, Options), "RiderId");

    [Fact]
    public void Contract_WithStandaloneService_IsRefused() =>
        Single(ValuationRules.Evaluate(Contract() with { ServiceId = Service.Id }, Options), "ServiceId");

    [Fact]
    public void Contract_WithManualValue_IsRefused()
    {
        var error = Single(ValuationRules.Evaluate(Contract() with { ManualValue = true, Value = 10m }, Options), "ManualValue");

        Assert.Equal("Valor manual só é permitido em apontamentos avulsos.", error.Message);
    }

    [Fact]
    public void Contract_WithRiderNotInForceOnTheEntryDate_IsRefused()
    {
        var error = Single(ValuationRules.Evaluate(Contract() with { RiderId = ExpiredRider.Id }, Options), "RiderId");

        Assert.Contains("não está em vigor em 10/11/2026", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contract_WithRiderOfAnotherClient_IsRefused() =>
        Single(ValuationRules.Evaluate(Contract() with { RiderId = Guid.CreateVersion7() }, Options), "RiderId");

    [Fact]
    public void Standalone_WithoutService_IsRefused() =>
        Single(ValuationRules.Evaluate(Standalone() with { ServiceId = null }, Options), "ServiceId");

    [Fact]
    public void Standalone_WithRider_IsRefused() =>
        Single(ValuationRules.Evaluate(Standalone() with { RiderId = Rider.Id }, Options), "RiderId");

    [Fact]
    public void Standalone_WithInactiveService_IsRefused() =>
        Single(ValuationRules.Evaluate(Standalone() with { ServiceId = Inactive.Id }, Options), "ServiceId");

    [Theory]
    [InlineData(AttendanceMode.External, 90, 270.00)]
    [InlineData(AttendanceMode.Remote, 90, 180.00)]
    [InlineData(AttendanceMode.Internal, 90, 135.00)]
    [InlineData(AttendanceMode.Remote, 7, 14.00)]
    [InlineData(AttendanceMode.Internal, 1, 1.50)]
    public void Standalone_IsValuedAtTheModeRateTimesTime(AttendanceMode mode, int minutes, decimal expected)
    {
        var result = ValuationRules.Evaluate(Standalone(mode, minutes), Options);

        Assert.True(result.IsSuccess);
        Assert.Equal(expected, result.Value.Value);
        Assert.Equal(ValuationBasis.RateTimesTime, result.Value.Basis);
        Assert.Equal(Service.RateFor(mode), result.Value.HourRate);
    }

    [Fact]
    public void Standalone_RoundsToTheCentHalfAwayFromZero()
    {
        var odd = new ValuationOptionsDto([], [Service with { RemoteHourRate = 100m }], []);

        var result = ValuationRules.Evaluate(Standalone(AttendanceMode.Remote, 7), odd);

        Assert.Equal(11.67m, result.Value.Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1234.56)]
    [InlineData(9999999.99)]
    public void ManualValue_OnStandaloneWithinRange_IsKept(decimal value)
    {
        var result = ValuationRules.Evaluate(Standalone() with { ManualValue = true, Value = value }, Options);

        Assert.True(result.IsSuccess);
        Assert.Equal(value, result.Value.Value);
        Assert.Equal(ValuationBasis.Manual, result.Value.Basis);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(10000000)]
    public void ManualValue_OutOfRange_IsRefused(decimal value) =>
        Single(ValuationRules.Evaluate(Standalone() with { ManualValue = true, Value = value }, Options), "Value");

    [Fact]
    public void ManualValue_WithoutAValue_IsRefused() =>
        Single(ValuationRules.Evaluate(Standalone() with { ManualValue = true, Value = null }, Options), "Value");

    [Fact]
    public void Warranty_ForcesValueToZero()
    {
        var result = ValuationRules.Evaluate(Standalone() with { Warranty = true }, Options);

        Assert.Equal(0m, result.Value.Value);
        Assert.Equal(ValuationBasis.Warranty, result.Value.Basis);
    }

    [Fact]
    public void Warranty_OnContractEntry_ForcesValueToZero()
    {
        var result = ValuationRules.Evaluate(Contract() with { Warranty = true }, Options);

        Assert.Equal(0m, result.Value.Value);
        Assert.Equal(ValuationBasis.Warranty, result.Value.Basis);
    }

    [Fact]
    public void Warranty_WithManualValue_IsRefused()
    {
        var error = Single(ValuationRules.Evaluate(Standalone() with { Warranty = true, ManualValue = true, Value = 50m }, Options), "ManualValue");

        Assert.Equal("Apontamento em garantia não pode ter valor manual.", error.Message);
    }

    [Fact]
    public void Travel_OnExternalEntry_CopiesTheTravelValue()
    {
        var result = ValuationRules.Evaluate(Contract(AttendanceMode.External) with { TravelId = Travel.Id }, Options);

        Assert.True(result.IsSuccess);
        Assert.Equal(75m, result.Value.TravelValue);
        Assert.Equal("Visita", result.Value.TravelName);
    }

    [Theory]
    [InlineData(AttendanceMode.Remote)]
    [InlineData(AttendanceMode.Internal)]
    public void Travel_OnNonExternalEntry_IsRefused(AttendanceMode mode)
    {
        var error = Single(ValuationRules.Evaluate(Standalone(mode) with { TravelId = Travel.Id }, Options), "TravelId");

        Assert.Contains("atendimento externo", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Travel_NotOfferedToTheClient_IsRefused() =>
        Single(ValuationRules.Evaluate(Standalone(AttendanceMode.External) with { TravelId = Guid.CreateVersion7() }, Options), "TravelId");

    [Fact]
    public void RideAlong_OnRemoteEntry_IsRefused() =>
        Single(ValuationRules.Evaluate(Standalone() with { RideAlongTicketNumber = 1001 }, Options), "RideAlongTicketNumber");

    [Fact]
    public void TravelAndRideAlongTogether_AreRefused() =>
        Single(ValuationRules.Evaluate(Standalone(AttendanceMode.External) with { TravelId = Travel.Id, RideAlongTicketNumber = 1001 }, Options), "TravelId");

    [Fact]
    public void RideAlong_OnExternalEntry_KeepsTheOwnerTicketWithoutTravelValue()
    {
        var result = ValuationRules.Evaluate(Standalone(AttendanceMode.External) with { RideAlongTicketNumber = 1001 }, Options);

        Assert.True(result.IsSuccess);
        Assert.Equal(1001, result.Value.RideAlongTicketNumber);
        Assert.Null(result.Value.TravelValue);
    }
}
