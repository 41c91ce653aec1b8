using System.Net;
using static Tiflux.Web.Tests.Contracts.ContractsUi;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Web.Tests.Contracts;

[Collection(AppTestGroup.Name)]
public sealed class CatalogPagesTests(AppFixture app)
{
    [Fact]
    public async Task ContractTypes_CreateListsTheTypeWithItsModality_AndRefusesDuplicates()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var name = Unique("Suporte mensal");
        var fields = new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Modality"] = "CumulativeHours" };

        using var created = await client.SubmitFormAsync("/configuracoes/tipos-de-contrato", fields);
        using var duplicate = await client.SubmitFormAsync("/configuracoes/tipos-de-contrato", fields);
        using var noModality = await client.SubmitFormAsync("/configuracoes/tipos-de-contrato", new Dictionary<string, string> { ["Input.Name"] = Unique("X") });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("Já existe um tipo de contrato com esse nome.", FieldError(await ParseAsync(duplicate), "Input.Name"));
        Assert.Equal("Escolha a modalidade.", FieldError(await ParseAsync(noModality), "Input.Modality"));
        var rows = Rows(await client.GetPageAsync("/configuracoes/tipos-de-contrato"), "#types");
        Assert.Equal([name, "Horas Cumulativas", "Ativo"], rows.Single(r => r[0] == name));
    }

    [Fact]
    public async Task StandaloneServices_CreateAndEdit()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var clientName = Unique("Cliente serviço");
        var clientId = await CreateClientAsync(client, clientName);
        var name = Unique("Consultoria de redes");

        using var created = await client.SubmitFormAsync("/configuracoes/servicos-avulsos", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.ClientId"] = clientId.ToString(),
            ["Input.ExternalHourRate"] = "320,00",
            ["Input.RemoteHourRate"] = "1.240,50",
            ["Input.InternalHourRate"] = "280",
            ["Input.Active"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await client.GetPageAsync("/configuracoes/servicos-avulsos");
        Assert.Equal([name, clientName, "R$ 320,00", "R$ 1.240,50", "R$ 280,00", "Ativo", "Editar"], Rows(page, "#catalog").Single(r => r[0] == name));
        var id = page.QuerySelectorAll("#catalog tbody tr").Single(r => r.QuerySelector("td")!.TextContent == name).GetAttribute("data-id");

        var edit = await client.GetPageAsync($"/configuracoes/servicos-avulsos?editar={id}");
        Assert.Equal("320,00", edit.QuerySelector("input[name='Input.ExternalHourRate']")!.GetAttribute("value"));
        using var edited = await client.SubmitFormAsync($"/configuracoes/servicos-avulsos?editar={id}", new Dictionary<string, string>
        {
            ["Input.Name"] = name + " (global)",
            ["Input.ClientId"] = "",
            ["Input.ExternalHourRate"] = "330",
            ["Input.RemoteHourRate"] = "250",
            ["Input.InternalHourRate"] = "-1",
        });
        Assert.Equal("O valor da hora interna não pode ser negativo.", FieldError(await ParseAsync(edited), "Input.InternalHourRate"));
        using var fixedUp = await client.SubmitFormAsync($"/configuracoes/servicos-avulsos?editar={id}", new Dictionary<string, string>
        {
            ["Input.Name"] = name + " (global)",
            ["Input.ClientId"] = "",
            ["Input.ExternalHourRate"] = "330",
            ["Input.RemoteHourRate"] = "250",
            ["Input.InternalHourRate"] = "290",
        });
        Assert.Equal(HttpStatusCode.Redirect, fixedUp.StatusCode);
        var rows = Rows(await client.GetPageAsync("/configuracoes/servicos-avulsos"), "#catalog");
        Assert.DoesNotContain(rows, r => r[0] == name);
        Assert.Equal([name + " (global)", "Global", "R$ 330,00", "R$ 250,00", "R$ 290,00", "Inativo", "Editar"], rows.Single(r => r[0] == name + " (global)"));
    }

    [Fact]
    public async Task Travels_CreateForAClient_RefusesMissingClient_AndEdits()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var clientName = Unique("Cliente interior");
        var clientId = await CreateClientAsync(client, clientName);
        var name = Unique("Visita interior");
        var fields = new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Value"] = "220,00",
            ["Input.Scope"] = "Client",
            ["Input.Active"] = "true",
        };

        using var missing = await client.SubmitFormAsync("/configuracoes/deslocamentos", fields);
        Assert.Equal("Escolha o cliente do deslocamento.", FieldError(await ParseAsync(missing), "Input.ClientId"));
        fields["Input.ClientId"] = clientId.ToString();
        using var created = await client.SubmitFormAsync("/configuracoes/deslocamentos", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var page = await client.GetPageAsync("/configuracoes/deslocamentos");
        Assert.Equal([name, "R$ 220,00", "Cliente: " + clientName, "Ativo", "Editar"], Rows(page, "#catalog").Single(r => r[0] == name));
        var id = page.QuerySelectorAll("#catalog tbody tr").Single(r => r.QuerySelector("td")!.TextContent == name).GetAttribute("data-id");
        fields["Input.Scope"] = "All";
        fields["Input.Value"] = "80";
        using var edited = await client.SubmitFormAsync($"/configuracoes/deslocamentos?editar={id}", fields);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal([name, "R$ 80,00", "Todos os clientes", "Ativo", "Editar"],
            Rows(await client.GetPageAsync("/configuracoes/deslocamentos"), "#catalog").Single(r => r[0] == name));
    }

    [Fact]
    public async Task ExtraExpenses_CreateAndEdit()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var name = Unique("SSD 480 GB");

        using var created = await client.SubmitFormAsync("/configuracoes/gastos-extras", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.UnitValue"] = "3,50",
            ["Input.Description"] = "SSD SATA instalado",
            ["Input.Active"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await client.GetPageAsync("/configuracoes/gastos-extras");
        Assert.Equal([name, "R$ 3,50", "SSD SATA instalado", "Ativo", "Editar"], Rows(page, "#catalog").Single(r => r[0] == name));
        var id = page.QuerySelectorAll("#catalog tbody tr").Single(r => r.QuerySelector("td")!.TextContent == name).GetAttribute("data-id");

        using var edited = await client.SubmitFormAsync($"/configuracoes/gastos-extras?editar={id}", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.UnitValue"] = "320",
            ["Input.Description"] = "SSD SATA 480 GB instalado",
            ["Input.Active"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal([name, "R$ 320,00", "SSD SATA 480 GB instalado", "Ativo", "Editar"],
            Rows(await client.GetPageAsync("/configuracoes/gastos-extras"), "#catalog").Single(r => r[0] == name));
    }

    [Theory]
    [InlineData("/configuracoes/tipos-de-contrato")]
    [InlineData("/configuracoes/servicos-avulsos")]
    [InlineData("/configuracoes/deslocamentos")]
    [InlineData("/configuracoes/gastos-extras")]
    [InlineData("/contratos/reajuste")]
    public async Task FinancePages_ForTechnician_AreForbidden_AndForFinance_AreServed(string url)
    {
        using var technician = await app.Factory.SignInAsNewUserAsync(Groups.Technician);
        using var finance = await app.Factory.SignInAsNewUserAsync(Groups.Finance);

        using var forbidden = await technician.GetAsync(url);
        var page = await finance.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.NotNull(page.QuerySelector("main form"));
    }
}
