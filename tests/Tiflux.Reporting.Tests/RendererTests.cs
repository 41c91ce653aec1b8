using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Tiflux.Reporting.Documents;
using Tiflux.Reporting.Pdf;
using Tiflux.Reporting.PublicApi;
using Tiflux.Reporting.Statements;

using Tiflux.TestKit;

namespace Tiflux.Reporting.Tests;

[Collection(ScenarioGroup.Name)]
public sealed class RendererTests(BillingScenario scenario)
{
    private static readonly PageFrame Frame = new("Org", "Título");

    [Fact]
    public async Task ChromiumKilledBetweenTwoRenders_TheSecondStillSucceeds()
    {
        var renderer = scenario.Services.Provider.GetRequiredService<ChromiumPdfRenderer>();
        PdfText.Read(await renderer.RenderAsync("<p>primeiro</p>", Frame, default)).Has("primeiro");

        var pid = renderer.BrowserProcessId;
        Assert.NotNull(pid);
        using (var process = Process.GetProcessById(pid.Value))
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        PdfText.Read(await renderer.RenderAsync("<p>segundo</p>", Frame, default)).Has("segundo");
        Assert.NotEqual(pid, renderer.BrowserProcessId);
    }

    [Fact]
    public async Task PageHasNoNetworkAccess()
    {
        var renderer = scenario.Services.Provider.GetRequiredService<ChromiumPdfRenderer>();
        var html = "<p>ok</p><img src=\"http://127.0.0.1:9/x.png\"><link rel=\"stylesheet\" href=\"http://127.0.0.1:9/a.css\">" +
                   "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><script>document.write('js-ran')</script>";
        var pdf = PdfText.Read(await renderer.RenderAsync(html, Frame, default));
        pdf.Has("ok");
        pdf.HasNot("js-ran");
    }

    [Fact]
    public async Task MissingChromium_GivesAClearMessage()
    {
        await using var renderer = new ChromiumPdfRenderer(
            Options.Create(new PdfOptions { ChromiumPath = "/nao/existe/chromium" }), NullLogger<ChromiumPdfRenderer>.Instance, NullLoggerFactory.Instance);
        var error = await Assert.ThrowsAsync<PdfRenderingException>(() => renderer.RenderAsync("<p>x</p>", Frame, default));
        Assert.Contains("Chromium não foi encontrado", error.Message, StringComparison.Ordinal);
        Assert.Contains("Pdf:ChromiumPath", error.Message, StringComparison.Ordinal);
    }
}

public sealed class TemplateTests
{
    [Fact]
    public void EveryEmbeddedTemplateParses()
    {
        var resources = typeof(ReportTemplates).Assembly.GetManifestResourceNames().Where(r => r.Contains(".sbn-", StringComparison.Ordinal)).ToList();
        var templates = new ReportTemplates();
        Assert.Equal(resources.Count, templates.Names.Count);
        Assert.Contains(ReportTemplates.Layout, templates.Names);
        Assert.Contains(ReportTemplates.Closing, templates.Names);
        Assert.Contains(ReportTemplates.Statement, templates.Names);
    }

    [Fact]
    public void StatementTemplate_EscapesUserValues()
    {
        const string Evil = "<script>alert(1)</script>";
        var day = new DateOnly(2026, 3, 2);
        var contract = new StatementContractDto(1, "{{ 1+1 }}", "m", "horas", [], "", "", "", [new StatementEntryDto(day, "02/03/2026", 1, "<i>t</i>", "Remoto", 60, "01:00", false, Evil)]);
        var part = new StatementClientDto(
            Guid.NewGuid(),
            "c",
            [contract],
            [new StatementWorkDto(day, "02/03/2026", 1, Evil, Evil, 60, "01:00", "R$ 1,00", false, "Pendente", Evil)],
            [new StatementTravelDto(day, "02/03/2026", 1, Evil, Evil, "R$ 1,00", true, "", "Pendente")],
            [new StatementExtraDto(day, "02/03/2026", 1, Evil, "1", "R$ 1,00", "R$ 1,00", "Pendente", Evil)],
            new StatementTotalsDto("01:00", "R$ 1,00", 1, "R$ 1,00", 1, "R$ 1,00", "R$ 3,00"),
            false);
        var view = new StatementView("t", new OrganizationView("<b>Org</b>", "", "", "<i>fone</i>", ""), "p", true, true,
            [new StatementClientView(new ClientView("<script>c</script>", "x", "y"), part)]);
        var html = new ReportTemplates().RenderWithLayout(ReportTemplates.Statement, ReportTemplates.Layout, view);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Gastos extras", html, StringComparison.Ordinal);
        Assert.Contains("{{ 1+1 }}", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Org&lt;/b&gt;", html, StringComparison.Ordinal);
    }
}
