using Tiflux.Billing.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;

namespace Tiflux.Reporting.Tests;

/// <summary>A reversed billing's closing reports: its own scenario, because the shared one must stay a valid billing.</summary>
public sealed class ReversedBillingReportTests : IAsyncLifetime
{
    private const string Reason = "NF emitida com valor errado";

    private readonly BillingScenario scenario = new();

    public async Task InitializeAsync()
    {
        await scenario.InitializeAsync();
        var reversed = await scenario.In<IBillingWorkflow, Result>(w => w.ReverseBillingAsync(scenario.Billing.Summary.Id, Reason, "financeiro", false, default));
        Assert.True(reversed.IsSuccess, string.Join("; ", reversed.Errors.Select(e => e.Message)));
    }

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Theory]
    [InlineData(ClosingReportLayout.Synthetic)]
    [InlineData(ClosingReportLayout.Detailed)]
    [InlineData(ClosingReportLayout.DetailedWithAppointments)]
    [InlineData(ClosingReportLayout.ByResourceGroup)]
    public async Task EveryLayout_OfAReversedBilling_IsMarkedEstornado_WithDateAndReason(ClosingReportLayout layout)
    {
        var result = await scenario.In<IReportingModule, Result<ReportFile>>(r => r.RenderBillingPdfAsync(scenario.Billing.Summary.Id, layout, default));

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.EndsWith("-estornado.pdf", result.Value.FileName, StringComparison.Ordinal);
        var pdf = PdfText.Read(result.Value.Content);
        // The scenario's clock is 15/03/2026 15:00 UTC, 12:00 in Brazil.
        pdf.Has("ESTORNADO em 15/03/2026 — motivo: " + Reason);
        pdf.Has("Este documento não tem valor de cobrança.");
    }
}
