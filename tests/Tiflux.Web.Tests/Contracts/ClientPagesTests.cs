using System.Net;
using static Tiflux.Web.Tests.Contracts.ContractsUi;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests.Contracts;

[Collection(AppTestGroup.Name)]
public sealed class ClientPagesTests(AppFixture app)
{
    [Fact]
    public async Task CreateClient_WithInvalidCnpj_ShowsMessageNextToTaxIdAndSavesNothing()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var name = Unique("Cliente inválido");

        using var response = await client.SubmitFormAsync("/clientes/novo", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.LegalName"] = name + " Ltda",
            ["Input.TaxId"] = "11.222.333/0001-82",
            ["Input.FinanceEmails"] = "financeiro@cliente.com.br",
            ["Input.ReportLayout"] = "Synthetic",
        });

        var page = await ParseAsync(response);
        Assert.Equal("CPF/CNPJ inválido: confira os dígitos verificadores.", FieldError(page, "Input.TaxId"));
        Assert.Equal("", FieldError(page, "Input.Name"));
        Assert.Equal(name, page.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        var list = await client.GetPageAsync("/clientes?busca=" + Uri.EscapeDataString(name));
        Assert.Null(list.QuerySelector("#clients"));
    }

    [Fact]
    public async Task CreateClient_WithoutNameAndWithBadEmail_ShowsEachMessageNextToItsField()
    {
        using var client = await app.Factory.SignInAsAdminAsync();

        using var response = await client.SubmitFormAsync("/clientes/novo", new Dictionary<string, string>
        {
            ["Input.Name"] = "",
            ["Input.LegalName"] = "Sem Nome Ltda",
            ["Input.TaxId"] = NewCnpj(),
            ["Input.FinanceEmails"] = "ok@cliente.com.br, nao-e-email",
        });

        var page = await ParseAsync(response);
        Assert.Equal("Informe o nome fantasia.", FieldError(page, "Input.Name"));
        Assert.Equal("E-mail inválido: nao-e-email.", FieldError(page, "Input.FinanceEmails"));
        Assert.Equal("", FieldError(page, "Input.TaxId"));
    }

    [Fact]
    public async Task CreateClient_WithValidCnpj_RedirectsToDetailsAndAppearsInTheList()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var name = Unique("Padaria Pão Quente");
        var cnpj = NewCnpj();

        using var response = await client.SubmitFormAsync("/clientes/novo", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.LegalName"] = "Pão Quente Comércio de Alimentos Ltda",
            ["Input.TaxId"] = cnpj.Replace(".", "", StringComparison.Ordinal).Replace("/", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal),
            ["Input.FinanceEmails"] = "fin@paoquente.com.br; contas@paoquente.com.br",
            ["Input.ReportLayout"] = "DetailedWithAppointments",
            ["Input.Notes"] = "Atende das 6h às 20h.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(name, details.QuerySelector("h1")!.TextContent);
        Assert.Equal($"Cliente {name} cadastrado.", details.QuerySelector(".flash")!.TextContent);
        var facts = Squash(details.QuerySelector("#client-data")!.TextContent);
        Assert.Contains(cnpj, facts, StringComparison.Ordinal);
        Assert.Contains("fin@paoquente.com.br, contas@paoquente.com.br", facts, StringComparison.Ordinal);
        Assert.Contains("Detalhado com apontamentos", facts, StringComparison.Ordinal);

        var byName = Rows(await client.GetPageAsync("/clientes?busca=" + Uri.EscapeDataString(name)), "#clients");
        var row = Assert.Single(byName);
        Assert.Equal([name, "Pão Quente Comércio de Alimentos Ltda", cnpj, "Ativo", "0"], row);
        var byTaxId = Rows(await client.GetPageAsync("/clientes?busca=" + Uri.EscapeDataString(cnpj)), "#clients");
        Assert.Equal(name, Assert.Single(byTaxId)[0]);
        var inactiveOnly = await client.GetPageAsync("/clientes?situacao=inativos&busca=" + Uri.EscapeDataString(name));
        Assert.Null(inactiveOnly.QuerySelector("#clients"));
    }

    [Fact]
    public async Task ClientList_PagesKeepingTheSearch()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var prefix = Unique("Rede");
        for (var i = 0; i < 26; i++)
        {
            await CreateClientAsync(client, $"{prefix} loja {i:00}");
        }

        var first = await client.GetPageAsync("/clientes?busca=" + Uri.EscapeDataString(prefix));
        var next = first.QuerySelector(".pager a[rel='next']")!.GetAttribute("href")!;
        var second = await client.GetPageAsync(next);

        Assert.Equal(25, Rows(first, "#clients").Count);
        Assert.Equal("Página 1 de 2 · 26 registro(s)", Squash(first.QuerySelector(".pager span")!.TextContent));
        Assert.Equal([$"{prefix} loja 25"], Rows(second, "#clients").Select(r => r[0]).ToArray());
        Assert.Null(second.QuerySelector(".pager a[rel='next']"));
    }

    [Fact]
    public async Task EditClient_ChangesTheData()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var id = await CreateClientAsync(client, Unique("Antes"));
        var newName = Unique("Depois");
        var edit = await client.GetPageAsync($"/clientes/{id}/editar");
        var taxId = edit.QuerySelector("input[name='Input.TaxId']")!.GetAttribute("value")!;

        using var response = await client.SubmitFormAsync($"/clientes/{id}/editar", new Dictionary<string, string>
        {
            ["Input.Name"] = newName,
            ["Input.LegalName"] = "Nova Razão Ltda",
            ["Input.TaxId"] = taxId,
            ["Input.FinanceEmails"] = "novo@cliente.com.br",
            ["Input.ReportLayout"] = "Synthetic",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetPageAsync($"/clientes/{id}");
        Assert.Equal(newName, details.QuerySelector("h1")!.TextContent);
        Assert.Contains("Sintético", details.QuerySelector("#client-data")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientDetails_AddsResourceGroupsAndResources()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var id = await CreateClientAsync(client, Unique("Indústria"));

        using (var group = await client.SubmitFormAsync($"/clientes/{id}", new Dictionary<string, string> { ["Group.Name"] = "Produção" }, "#add-group"))
        {
            Assert.Equal(HttpStatusCode.Redirect, group.StatusCode);
        }

        var page = await client.GetPageAsync($"/clientes/{id}");
        var groupId = page.QuerySelectorAll("select[name='Resource.ResourceGroupId'] option").Single(o => o.TextContent == "Produção").GetAttribute("value")!;
        using (var resource = await client.SubmitFormAsync($"/clientes/{id}", new Dictionary<string, string>
        {
            ["Resource.Name"] = "CLP-LINHA2",
            ["Resource.Description"] = "Controlador",
            ["Resource.ResourceGroupId"] = groupId,
        }, "#add-resource"))
        {
            Assert.Equal(HttpStatusCode.Redirect, resource.StatusCode);
        }

        using var blank = await client.SubmitFormAsync($"/clientes/{id}", new Dictionary<string, string> { ["Group.Name"] = " " }, "#add-group");
        Assert.Equal("Informe o nome do grupo de recurso.", FieldError(await ParseAsync(blank), "Group.Name"));
        page = await client.GetPageAsync($"/clientes/{id}");
        Assert.Equal(["Produção"], page.QuerySelectorAll("#resource-groups li").Select(li => li.TextContent).ToArray());
        Assert.Equal([["CLP-LINHA2", "Produção"]], Rows(page, "#resources"));
    }

    [Fact]
    public async Task InactivateClient_WithActiveContract_IsRefusedWithTheReason_AndWithoutContractsWorks()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var (clientId, _, contractName) = await CreateFreeContractAsync(client);

        using var refused = await client.SubmitFormAsync($"/clientes/{clientId}", new Dictionary<string, string>(), "#toggle-active");

        var page = await ParseAsync(refused);
        Assert.Equal("O cliente tem contratos ativos ou pendentes de reajuste e não pode ser inativado.",
            page.QuerySelector(".validation-summary-errors li")!.TextContent);
        Assert.Equal("Ativo", page.QuerySelector("#client-status")!.TextContent);
        Assert.Equal(contractName, Rows(page, "#client-contracts").Single()[1]);

        var other = await CreateClientAsync(client, Unique("Sem contrato"));
        using var ok = await client.SubmitFormAsync($"/clientes/{other}", new Dictionary<string, string>(), "#toggle-active");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal("Inativo", (await client.GetPageAsync($"/clientes/{other}")).QuerySelector("#client-status")!.TextContent);
    }

    [Fact]
    public async Task Technician_SeesClientsButCannotCreate()
    {
        using var client = await app.Factory.SignInAsNewUserAsync(Groups.Technician);

        var list = await client.GetPageAsync("/clientes");
        using var form = await client.GetAsync("/clientes/novo");

        Assert.Null(list.QuerySelector("a[href='/clientes/novo']"));
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
    }
}
