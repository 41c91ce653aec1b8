using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;

using Tiflux.TestKit;

namespace Tiflux.Reporting.Tests;

[Collection(ScenarioGroup.Name)]
public sealed class ClosingReportTests(BillingScenario scenario)
{
    private async Task<PdfText> PdfAsync(ClosingReportLayout layout)
    {
        var result = await scenario.In<IReportingModule, Result<ReportFile>>(r => r.RenderBillingPdfAsync(scenario.Billing.Summary.Id, layout, default));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal("application/pdf", result.Value.ContentType);
        Assert.EndsWith(".pdf", result.Value.FileName);
        return PdfText.Read(result.Value.Content);
    }

    private decimal TicketAmount(string key) =>
        scenario.Billing.Lines.Where(l => l.CycleIndex is null && l.TicketNumber == scenario.Tickets[key]).Sum(l => l.Amount);

    [Theory]
    [InlineData(ClosingReportLayout.Synthetic)]
    [InlineData(ClosingReportLayout.Detailed)]
    [InlineData(ClosingReportLayout.DetailedWithAppointments)]
    [InlineData(ClosingReportLayout.ByResourceGroup)]
    public async Task EveryLayout_ShowsHeaderRowsAndTotalsEqualToTheRealValue(ClosingReportLayout layout)
    {
        var s = scenario.Billing.Summary;
        var pdf = await PdfAsync(layout);

        pdf.Has(BillingScenario.OrganizationName);
        pdf.Has("CNPJ 11.222.333/0001-81");
        pdf.Has("Padaria Pão Quente");
        pdf.Has($"nº {s.Number}");
        pdf.Has($"vencimento {PtBr.Date(s.DueDate)}");
        pdf.Has(ClosingReportLayouts.Name(layout));
        pdf.Has($"Página 1 de {pdf.Pages}");
        foreach (var number in scenario.Tickets.Where(t => t.Key != "contrato").Select(t => t.Value))
        {
            pdf.Has($"Ticket #{number}");
        }

        pdf.Has("Contrato Livre");
        pdf.Has("Total dos itens " + PtBr.Money(s.ItemsTotal));
        pdf.Has("Desconto - " + PtBr.Money(30m));
        pdf.Has("Juros + " + PtBr.Money(12.5m));
        pdf.Has("Valor real " + PtBr.Money(s.RealValue));
        Assert.Equal(s.ItemsTotal - 30m + 12.5m, s.RealValue);
        Assert.Equal(scenario.Billing.Lines.Sum(l => l.Amount), s.ItemsTotal);

        // user text is printed as text, never interpreted
        pdf.Has("Observação <script>alert('x')</script> {{ 7*7 }}");
    }

    [Fact]
    public async Task Synthetic_HasNoDetailsNorEntries()
    {
        var pdf = await PdfAsync(ClosingReportLayout.Synthetic);
        pdf.HasNot("Unitário");
        pdf.HasNot("Técnico");
        pdf.Has($"Ticket #{scenario.Tickets["estacao"]} Estação lenta {PtBr.Money(TicketAmount("estacao"))}");
    }

    [Fact]
    public async Task Detailed_HasLinesButNoEntries()
    {
        var pdf = await PdfAsync(ClosingReportLayout.Detailed);
        pdf.Has("Unitário");
        pdf.HasNot("Técnico");
        foreach (var line in scenario.Billing.Lines)
        {
            pdf.Has(line.Description);
        }
    }

    [Fact]
    public async Task WithAppointments_ListsEachEntryWithTechnicianAndEscapedDescription()
    {
        var pdf = await PdfAsync(ClosingReportLayout.DetailedWithAppointments);
        pdf.Has("Técnico");
        pdf.Has(BillingScenario.Technician);
        pdf.Has("09:00–11:00 02:00"); // the two-hour remote entry
        pdf.Has(BillingScenario.Hostile);
        pdf.Has("Limpeza de disco");
    }

    [Fact]
    public async Task ByResourceGroup_SubtotalsPerGroupAddUpToTheItemsTotal()
    {
        var pdf = await PdfAsync(ClosingReportLayout.ByResourceGroup);
        var contracts = scenario.Billing.Lines.Where(l => l.CycleIndex is not null).Sum(l => l.Amount);
        var others = TicketAmount("avulso") + scenario.Billing.Lines.Where(l => l.CycleIndex is null && l.TicketNumber == scenario.Tickets["contrato"]).Sum(l => l.Amount);

        pdf.Has("Grupo de recurso: Contratos");
        pdf.Has("Subtotal Contratos " + PtBr.Money(contracts));
        pdf.Has("Grupo de recurso: Servidores");
        pdf.Has("Subtotal Servidores " + PtBr.Money(TicketAmount("servidor")));
        pdf.Has("Grupo de recurso: Estações");
        pdf.Has("Subtotal Estações " + PtBr.Money(TicketAmount("estacao")));
        pdf.Has("Subtotal Sem grupo de recurso " + PtBr.Money(others));
        Assert.Equal(scenario.Billing.Summary.ItemsTotal, contracts + TicketAmount("servidor") + TicketAmount("estacao") + others);
        Assert.True(TicketAmount("servidor") > 0 && TicketAmount("estacao") > 0 && contracts > 0);
    }

    [Fact]
    public async Task Html_EscapesUserValues()
    {
        var html = await scenario.In<IReportingModule, Result<string>>(r => r.RenderBillingHtmlAsync(scenario.Billing.Summary.Id, ClosingReportLayout.DetailedWithAppointments, default));
        Assert.True(html.IsSuccess);
        Assert.DoesNotContain("<script>", html.Value, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; {{ 7*7 }}", html.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(">49<", html.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownBilling_IsNotFound()
    {
        var result = await scenario.In<IReportingModule, Result<ReportFile>>(r => r.RenderBillingPdfAsync(Guid.NewGuid(), ClosingReportLayout.Synthetic, default));
        Assert.Equal("not_found", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Preview_OfASelectionWithNothingPending_SaysThereIsNothingToBill()
    {
        // everything of the scenario's client is billed: there is no billing to preview
        var result = await scenario.In<IReportingModule, Result<ReportFile>>(r => r.RenderBillingPreviewPdfAsync(
            new BillingPreviewRequest(
                new BillingPreviewSelection(scenario.ClientId, BillingScenario.Today, null, true, true, [], true),
                null, null, 0m, 0m, null, null, ClosingReportLayout.Detailed),
            default));

        Assert.Equal("Nada a faturar na seleção: não há prévia a gerar.", Assert.Single(result.Errors).Message);
    }
}
