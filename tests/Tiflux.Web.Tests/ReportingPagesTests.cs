using System.Net;

namespace Tiflux.Web.Tests;

[Collection(AppTestGroup.Name)]
public sealed class ReportingPagesTests(AppFixture app)
{
    [Fact]
    public async Task ReportsIndex_ExplainsTheReportsAndLinksToTheStatement()
    {
        using var client = await app.Factory.SignInAsAdminAsync();

        var page = await client.GetPageAsync("/relatorios");

        Assert.Equal("Relatórios", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/relatorios/extrato");
        Assert.Contains("Detalhado com grupo de recurso", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BillingPdf_UnknownBilling_IsNotFound_AndUnknownLayoutIsRefused()
    {
        using var client = await app.Factory.SignInAsAdminAsync();

        using var missing = await client.GetAsync($"/relatorios/faturamentos/{Guid.NewGuid()}/pdf?layout=grupo");
        using var badLayout = await client.GetAsync($"/relatorios/faturamentos/{Guid.NewGuid()}/pdf?layout=qualquer");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLayout.StatusCode);
    }

    [Fact]
    public async Task StatementAndMessagePages_AreServed()
    {
        using var client = await app.Factory.SignInAsAdminAsync();

        var statement = await client.GetPageAsync("/relatorios/extrato");
        var messages = await client.GetPageAsync("/configuracoes/mensagens");

        Assert.Equal("Extrato de consumo", statement.QuerySelector("h1")!.TextContent);
        Assert.Equal("Mensagens", messages.QuerySelector("h1")!.TextContent);
    }
}
