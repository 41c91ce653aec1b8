using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Tests.Integration;

public sealed class AdjustmentTests : ContractsFixture
{
    private static ContractSettingsRequest AdjustableInApril(ContractSettingsRequest s) =>
        s with { AdjustmentIntervalMonths = 12, NextAdjustmentDate = new DateOnly(2026, 4, 1) };

    [Fact]
    public async Task ListAdjustmentsDue_ShowsContractsScheduledInTheMonth()
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);
        var april = await NewContractAsync(client, ContractModality.Hours, AdjustableInApril);
        await NewContractAsync(client, ContractModality.Free);

        var due = await Admin(a => a.ListAdjustmentsDueAsync(2026, 4, default));

        Assert.Equal(april, Assert.Single(due).ContractId);
    }

    [Fact]
    public async Task ApplyPercentage_CreatesARiderOnTheScheduledDate_ScalesEveryMoneyTerm_AndMovesTheNextDate()
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);
        var id = await NewContractAsync(client, ContractModality.Credit, AdjustableInApril);

        var result = await Admin(a => a.ApplyAdjustmentsAsync(new ApplyAdjustmentRequest([id], 4.5m, null, "IGP-M", "fin"), default));

        Assert.Equal(1, result.Value);
        var details = (await Admin(a => a.GetContractDetailsAsync(id, default)))!;
        var rider = details.RiderHistory[0].Terms;
        Assert.Equal((2, new DateOnly(2026, 4, 1)), (rider.Release, rider.StartDate));
        Assert.Equal((5225m, 522.5m, 209m, 125.4m, 156.75m), (rider.Value, rider.Tax!.Value, rider.ExternalRate!.Value, rider.RemoteRate!.Value, rider.InternalRate!.Value));
        Assert.Equal(new DateOnly(2026, 3, 31), details.RiderHistory[1].Terms.EndDate);
        Assert.Equal(new DateOnly(2027, 4, 1), details.Settings.NextAdjustmentDate);
        var adjustment = Assert.Single(details.Adjustments);
        Assert.Equal(("IGP-M", 4.5m, 5000m, 5225m), (adjustment.IndexName, adjustment.Percent, adjustment.PreviousValue, adjustment.ResultingValue));
        Assert.Equal("Reajuste IGP-M 4.5%", details.RiderHistory[0].Reason);
    }

    [Fact]
    public async Task ApplyAdjustment_IncludingACancelledContract_RefusesTheWholeBatch()
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);
        var good = await NewContractAsync(client, ContractModality.Hours, AdjustableInApril);
        var cancelled = await NewContractAsync(client, ContractModality.Hours, AdjustableInApril);
        await Admin(a => a.CancelContractAsync(cancelled, new DateOnly(2026, 2, 1), "Fim", default));

        var result = await Admin(a => a.ApplyAdjustmentsAsync(new ApplyAdjustmentRequest([good, cancelled], 10m, null, "IPCA", "fin"), default));

        Assert.Contains("cancelado ou expirado", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync("contract_riders"));
        Assert.Equal(0, await CountAsync("price_adjustments"));
    }

    [Fact]
    public async Task ApplyAdjustment_WithANegativePercentage_IsRefused()
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);
        var id = await NewContractAsync(client, ContractModality.Hours, AdjustableInApril);

        var result = await Admin(a => a.ApplyAdjustmentsAsync(new ApplyAdjustmentRequest([id], -2m, null, "IGP-M", "fin"), default));

        Assert.Equal("O percentual de reajuste deve estar entre 0 e 1000%.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task ApplyNewValue_ChangesOnlyTheRiderValue()
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);
        var id = await NewContractAsync(client, ContractModality.Hours, AdjustableInApril);

        await Admin(a => a.ApplyAdjustmentsAsync(new ApplyAdjustmentRequest([id], null, 1234.56m, "Negociado", "fin"), default));

        var rider = (await Admin(a => a.GetContractDetailsAsync(id, default)))!.RiderHistory[0].Terms;
        Assert.Equal((1234.56m, 150m, 600), (rider.Value, rider.SurplusHourRate!.Value, rider.IncludedMinutes!.Value));
    }
}
