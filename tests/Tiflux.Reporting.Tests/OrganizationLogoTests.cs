using Tiflux.Billing.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using UglyToad.PdfPig;

namespace Tiflux.Reporting.Tests;

/// <summary>The organisation saved in Configurações &gt; Organização is what every closing report prints, logo included.</summary>
[Collection(ScenarioGroup.Name)]
public sealed class OrganizationLogoTests(BillingScenario scenario)
{
    /// <summary>A valid 2×2 PNG of one colour.</summary>
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGOQj+8GIgYIBQAbWgQlZhQoYQAAAABJRU5ErkJggg==");

    private Task<Result> SaveAsync(AttachmentUpload? logo, bool remove, string name) =>
        scenario.In<IOrganizationSettings, Result>(o => o.SaveAsync(
            new SaveOrganizationSettingsRequest(name, null, null, "(51) 3333-4444", logo, remove, 10, ClosingReportLayout.Detailed, false, "admin"), default));

    private async Task<(int Images, string Text)> PrintAsync()
    {
        var pdf = await scenario.In<IReportingModule, Result<ReportFile>>(r => r.RenderBillingPdfAsync(scenario.Billing.Summary.Id, ClosingReportLayout.Synthetic, default));
        Assert.True(pdf.IsSuccess, string.Join("; ", pdf.Errors.Select(e => e.Message)));
        using var document = PdfDocument.Open(pdf.Value.Content);
        var first = document.GetPage(1);
        return (first.GetImages().Count(), PdfText.Squash(string.Join(" ", first.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public async Task TheSavedLogoNameAndPhone_ArePrintedOnTheClosingReport_AndTheConfigurationIsTheFallback()
    {
        try
        {
            var before = await PrintAsync();
            Assert.Equal(0, before.Images);
            Assert.Contains(PdfText.Squash(BillingScenario.OrganizationName), before.Text, StringComparison.Ordinal);

            Assert.True((await SaveAsync(new AttachmentUpload("logo.png", "image/png", TinyPng), false, "Suporte Sul TI")).IsSuccess);
            var after = await PrintAsync();

            Assert.Equal(1, after.Images);
            Assert.Contains("SuporteSulTI", after.Text, StringComparison.Ordinal);
            Assert.Contains("(51)3333-4444", after.Text, StringComparison.Ordinal);
            Assert.Contains("CNPJ11.222.333/0001-81", after.Text, StringComparison.Ordinal);
        }
        finally
        {
            Assert.True((await SaveAsync(null, true, "")).IsSuccess);
        }
    }
}
