using System.Net;
using static Tiflux.Web.Tests.Contracts.ContractsUi;

namespace Tiflux.Web.Tests.Catalog;

[Collection(AppTestGroup.Name)]
public sealed class ServiceCatalogPagesTests(AppFixture app)
{
    [Fact]
    public async Task SettingsPage_CreatesACatalogAreaAndItem_AndRefusesADuplicateAndBackwardsTimes()
    {
        using var client = await app.Factory.SignInAsAdminAsync();
        var name = Unique("Infraestrutura");

        using var created = await client.SubmitFormAsync("/configuracoes/catalogo-servicos", new Dictionary<string, string>
        {
            ["CatalogInput.Name"] = name, ["CatalogInput.Active"] = "true",
        }, "#catalog-form");
        using var duplicate = await client.SubmitFormAsync("/configuracoes/catalogo-servicos", new Dictionary<string, string>
        {
            ["CatalogInput.Name"] = name.ToUpperInvariant(), ["CatalogInput.Active"] = "true",
        }, "#catalog-form");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("Já existe um catálogo de serviço ativo com este nome.", FieldError(await ParseAsync(duplicate), "CatalogInput.Name"));
        var catalogUrl = created.Headers.Location!.OriginalString;
        using var area = await client.SubmitFormAsync(catalogUrl, new Dictionary<string, string>
        {
            ["AreaInput.Name"] = "Rede", ["AreaInput.Active"] = "true",
        }, "#area-form");
        Assert.Equal(HttpStatusCode.Redirect, area.StatusCode);
        var areaUrl = area.Headers.Location!.OriginalString;

        using var backwards = await client.SubmitFormAsync(areaUrl, new Dictionary<string, string>
        {
            ["Item.Name"] = "Configurar VPN", ["Item.Attendance"] = "08:00", ["Item.Solution"] = "01:00", ["Item.Active"] = "true",
        }, "#item-form");
        using var item = await client.SubmitFormAsync(areaUrl, new Dictionary<string, string>
        {
            ["Item.Name"] = "Configurar VPN", ["Item.Attendance"] = "01:00", ["Item.Solution"] = "08:00", ["Item.Active"] = "true",
        }, "#item-form");

        Assert.Equal("O tempo de solução deve ser maior ou igual ao tempo de atendimento.", FieldError(await ParseAsync(backwards), "Item.Solution"));
        Assert.Equal(HttpStatusCode.Redirect, item.StatusCode);
        var rows = Rows(await client.GetPageAsync(areaUrl), "#items");
        Assert.Equal(["Configurar VPN", "01:00", "08:00", "Ativo", "Editar"], Assert.Single(rows));
    }
}
