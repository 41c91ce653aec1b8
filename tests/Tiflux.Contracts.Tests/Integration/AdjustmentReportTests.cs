using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Tests.Integration;

/// <summary>The Reajuste de contrato report, on 15/03/2026 (the fixture's today).</summary>
public sealed class AdjustmentReportTests : ContractsFixture
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateOnly May = new(2026, 5, 1);

    private static Func<ContractSettingsRequest, ContractSettingsRequest> AdjustedOn(DateOnly date, int interval = 12) =>
        s => s with { AdjustmentIntervalMonths = interval, NextAdjustmentDate = date };

    private Task<AdjustmentReportDto> ReportAsync(AdjustmentReportRequest request) =>
        Services.InScopeAsync<IContractAdjustments, AdjustmentReportDto>(async r =>
        {
            var result = await r.GetReportAsync(request, default);
            Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
            return result.Value;
        });

    [Fact]
    public async Task Report_ListsThePeriod_PendingFirst_WithTheLastAdjustment_AndTheTotal()
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);
        var other = await NewClientAsync("Outro", Requests.OtherCnpj);
        var adjusted = await NewContractAsync(client, ContractModality.Credit, AdjustedOn(new DateOnly(2026, 3, 1), interval: 1));
        var pending = await NewContractAsync(client, ContractModality.Hours, AdjustedOn(new DateOnly(2026, 3, 10)));
        await NewContractAsync(client, ContractModality.Free, AdjustedOn(new DateOnly(2026, 6, 5)));
        await NewContractAsync(other, ContractModality.Hours, AdjustedOn(new DateOnly(2026, 4, 20)));
        var applied = await Admin(a => a.ApplyAdjustmentsAsync(new ApplyAdjustmentRequest([adjusted], 10m, null, "IPCA", "fin"), default));
        Assert.Equal(1, applied.Value);

        var report = await ReportAsync(new AdjustmentReportRequest(March, May, client, null, null));
        var onlyPending = await ReportAsync(new AdjustmentReportRequest(March, May, client, ContractStatus.PendingAdjustment, null));

        Assert.Equal([pending, adjusted], report.Rows.Select(r => r.Contract.ContractId));
        Assert.Equal([true, false], report.Rows.Select(r => r.Pending));
        Assert.Null(report.Rows[0].LastAdjustment);
        var last = report.Rows[1].LastAdjustment!;
        Assert.Equal((new DateOnly(2026, 3, 1), "IPCA", 10m, 5000m, 5500m, "fin"), (last.EffectiveDate, last.IndexName, last.Percent!.Value, last.PreviousValue, last.ResultingValue, last.AppliedBy));
        Assert.Equal((new DateOnly(2026, 4, 1), 5500m), (report.Rows[1].Contract.AdjustmentDate, report.Rows[1].Contract.CurrentValue));
        Assert.Equal((6500m, (decimal?)null, 1), (report.TotalBefore, report.TotalAfter, report.PendingCount));
        Assert.Equal([pending], onlyPending.Rows.Select(r => r.Contract.ContractId));
    }

    [Fact]
    public async Task Preview_IsWhatApplyingTheSamePercentageStores()
    {
        var client = await NewClientAsync("Cliente", Requests.ValidCnpj);
        var saas = await NewContractAsync(client, ContractModality.SaasProduct, AdjustedOn(new DateOnly(2026, 4, 1)));
        var credit = await NewContractAsync(client, ContractModality.Credit, AdjustedOn(new DateOnly(2026, 4, 1)));

        var preview = await ReportAsync(new AdjustmentReportRequest(March, May, client, null, 4.55m));
        await Admin(a => a.ApplyAdjustmentsAsync(new ApplyAdjustmentRequest([saas, credit], 4.55m, null, "IGP-M", "fin"), default));

        foreach (var id in new[] { saas, credit })
        {
            var stored = Assert.Single((await Admin(a => a.GetContractDetailsAsync(id, default)))!.Adjustments);
            var row = preview.Rows.Single(r => r.Contract.ContractId == id);
            Assert.Equal(stored.ResultingValue, row.ValueAfter);
            Assert.NotEqual(row.Contract.CurrentValue, row.ValueAfter);
        }

        // Items: 52,28 × 10 + 209,10 (each item rounded, as the new rider stores them); credit: 5.227,50.
        Assert.Equal((731.90m + 5227.50m, 700m + 5000m), (preview.TotalAfter!.Value, preview.TotalBefore));
    }

    [Theory]
    [InlineData(2026, 1, 2028, 1, "Escolha um período de no máximo 24 meses.")]
    [InlineData(2026, 5, 2026, 3, "O mês final deve ser igual ou posterior ao inicial.")]
    public async Task Report_RefusesABadPeriod(int fromYear, int fromMonth, int toYear, int toMonth, string message)
    {
        var result = await Services.InScopeAsync<IContractAdjustments, SharedKernel.Result<AdjustmentReportDto>>(r => r.GetReportAsync(
            new AdjustmentReportRequest(new DateOnly(fromYear, fromMonth, 1), new DateOnly(toYear, toMonth, 1), null, null, null), default));

        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Report_RefusesAPreviewBeyond1000Percent()
    {
        var result = await Services.InScopeAsync<IContractAdjustments, SharedKernel.Result<AdjustmentReportDto>>(r => r.GetReportAsync(
            new AdjustmentReportRequest(March, March, null, null, 1000.01m), default));

        Assert.Equal("O percentual de reajuste deve estar entre 0 e 1000%.", Assert.Single(result.Errors).Message);
    }
}
