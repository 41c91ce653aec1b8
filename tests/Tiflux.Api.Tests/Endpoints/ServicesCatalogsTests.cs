using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Api.Tests.Endpoints;

[Collection(ApiTestGroup.Name)]
public sealed class ServicesCatalogsTests(ApiFixture fixture)
{
    [Fact]
    public async Task Catalogs_are_created_wrapped_or_flat_listed_by_name_renamed_and_a_taken_name_is_422()
    {
        using var api = fixture.Client(Groups.Admin);
        var name = "Infraestrutura " + Unique();

        var created = (await api.PostAsync("/services-catalogs", new { services_catalog = new { name } })).Expect(HttpStatusCode.Created);
        var id = Shape.Int(created.Json, "id");
        Assert.Equal(name, Shape.Str(created.Json, "name"));
        Assert.Contains("has already been taken", (await api.PostAsync("/services-catalogs", new { name = name.ToUpperInvariant() }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "name"));
        Assert.Contains("has already been taken", (await api.PostAsync("/services-catalogs", new { name })).ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "name"));
        (await api.PostAsync("/services-catalogs", new { })).ExpectError(HttpStatusCode.BadRequest, 40003, "error");

        var listed = (await api.GetAsync("/services-catalogs?limit=1&name=" + Uri.EscapeDataString(name))).Expect(HttpStatusCode.OK);
        Assert.Equal(1, listed.TotalItems);
        Assert.Equal(id, Shape.Int(Assert.Single(Shape.Items(listed)), "id"));

        var renamed = (await api.PutAsync($"/services-catalogs/{id}", new { services_catalog = new { name = name + " 2" } })).Expect(HttpStatusCode.OK);
        Assert.Equal(name + " 2", Shape.Str(renamed.Json, "name"));
        var missing = (await api.PutAsync("/services-catalogs/99999999", new { name = "X" })).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        Assert.Equal("Couldn't find ServiceDesk::ServicesCatalog with 'id'=\"99999999\"", Assert.Single(missing));
    }

    [Fact]
    public async Task Items_validate_their_times_and_deleting_is_204_then_inactive_down_the_tree()
    {
        using var api = fixture.Client(Groups.Admin);
        var (catalog, area) = await TreeAsync(api);

        var item = (await api.PostAsync($"/services-catalogs-areas/{area}/items", new { item = new { name = "Configurar VPN", start_time = "01:00", end_time = "08:00" } }))
            .Expect(HttpStatusCode.Created).Json;
        Assert.Equal(("01:00", "08:00", true), (Shape.Str(item, "start_time"), Shape.Str(item, "end_time"), Shape.Bool(item, "active")));
        Assert.Equal(area, Shape.Int(Shape.Obj(item, "services_catalogs_area"), "id"));
        Assert.Equal(catalog, Shape.Int(Shape.Obj(item, "services_catalog"), "id"));

        Assert.Contains("Must be greater or equal than start time", (await api.PostAsync($"/services-catalogs-areas/{area}/items", new { name = "Ao contrário", start_time = "02:00", end_time = "01:00" }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "end_time"));
        Assert.Contains("invalid time format", (await api.PostAsync($"/services-catalogs-areas/{area}/items", new { name = "Ruim", start_time = "1h", end_time = "02:00" }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "start_time"));
        Assert.Contains("use HH:MM, with hours between 0 and 999 and minutes between 00 and 59", (await api.PostAsync($"/services-catalogs-areas/{area}/items", new { name = "Longo", start_time = "1000:00", end_time = "1000:00" }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "start_time"));
        Assert.Contains("has already been taken", (await api.PostAsync($"/services-catalogs-areas/{area}/items", new { name = "configurar vpn", start_time = "01:00", end_time = "01:00" }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "name"));
        var itemId = Shape.Int(item, "id");
        var changed = (await api.PutAsync($"/services-catalogs-areas/{area}/items/{itemId}", new { end_time = "999:59" })).Expect(HttpStatusCode.OK).Json;
        Assert.Equal(("01:00", "999:59"), (Shape.Str(changed, "start_time"), Shape.Str(changed, "end_time")));

        (await api.SendAsync(HttpMethod.Delete, $"/services-catalogs-areas/{area}/items/{itemId}", null)).Expect(HttpStatusCode.NoContent);
        var items = Shape.Items((await api.GetAsync($"/services-catalogs-areas/{area}/items")).Expect(HttpStatusCode.OK));
        Assert.False(Shape.Bool(Assert.Single(items), "active"));

        (await api.SendAsync(HttpMethod.Delete, $"/services-catalogs/{catalog}", null)).Expect(HttpStatusCode.NoContent);
        var gone = (await api.GetAsync($"/services-catalogs-areas/{area}/items")).ExpectError(HttpStatusCode.NotFound, 40401, "error");
        Assert.Equal($"Couldn't find ServiceDesk::ServicesCatalogsArea with 'id'=\"{area}\"", Assert.Single(gone));
        (await api.GetAsync($"/services-catalogs/{catalog}/areas")).Expect(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Areas_are_unique_per_catalog_and_deleting_one_deactivates_its_items()
    {
        using var api = fixture.Client(Groups.Admin);
        var (catalog, area) = await TreeAsync(api);
        var item = Shape.Int((await api.PostAsync($"/services-catalogs-areas/{area}/items", new { name = "Instalar software", start_time = "00:30", end_time = "04:00" }))
            .Expect(HttpStatusCode.Created).Json, "id");

        Assert.Contains("has already been taken", (await api.PostAsync($"/services-catalogs/{catalog}/areas", new { area = new { name = "REDE" } }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "name"));
        var areas = (await api.GetAsync($"/services-catalogs/{catalog}/areas?name=red")).Expect(HttpStatusCode.OK);
        Assert.Equal(area, Shape.Int(Assert.Single(Shape.Items(areas)), "id"));
        var renamed = (await api.PutAsync($"/services-catalogs/{catalog}/areas/{area}", new { area = new { name = "Redes" } })).Expect(HttpStatusCode.OK).Json;
        Assert.Equal("Redes", Shape.Str(renamed, "name"));

        (await api.SendAsync(HttpMethod.Delete, $"/services-catalogs/{catalog}/areas/{area}", null)).Expect(HttpStatusCode.NoContent);
        Assert.Equal(0, (await api.GetAsync($"/services-catalogs/{catalog}/areas")).Expect(HttpStatusCode.OK).TotalItems);
        (await api.PutAsync($"/services-catalogs-areas/{area}/items/{item}", new { name = "X" })).ExpectError(HttpStatusCode.NotFound, 40401, "error");
    }

    [Fact]
    public async Task Writing_needs_the_manage_permission_and_reading_the_ticket_view()
    {
        using var technician = fixture.Client(Groups.Technician);
        (await technician.PostAsync("/services-catalogs", new { name = "Proibido " + Unique() })).Expect(HttpStatusCode.Forbidden);
        (await technician.GetAsync("/services-catalogs")).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_desk_lists_its_selectable_items_and_tickets_carry_filter_and_require_them()
    {
        using var api = fixture.Client(Groups.Admin);
        var (catalog, area) = await TreeAsync(api);
        var item = Shape.Int((await api.PostAsync($"/services-catalogs-areas/{area}/items", new { name = "Configurar VPN", start_time = "01:00", end_time = "08:00" }))
            .Expect(HttpStatusCode.Created).Json, "id");
        var (foreignCatalog, foreignArea) = await TreeAsync(api);
        var foreignItem = Shape.Int((await api.PostAsync($"/services-catalogs-areas/{foreignArea}/items", new { name = "Outro", start_time = "01:00", end_time = "02:00" }))
            .Expect(HttpStatusCode.Created).Json, "id");
        var deskName = "Infra " + Unique();
        await DeskWithCatalogAsync(deskName, catalog);
        var desk = Shape.Int(Assert.Single(Shape.Items((await api.GetAsync("/desks?limit=200&name=" + Uri.EscapeDataString(deskName))).Expect(HttpStatusCode.OK))), "id");

        var catalogs = (await api.GetAsync($"/desks/{desk}/services-catalogs")).Expect(HttpStatusCode.OK);
        Assert.Equal(catalog, Shape.Int(Assert.Single(Shape.Items(catalogs)), "id"));
        var items = (await api.GetAsync($"/desks/{desk}/services-catalogs-items?name=vpn&catalog_id={catalog}&area_id={area}")).Expect(HttpStatusCode.OK);
        var row = Assert.Single(Shape.Items(items));
        Assert.Equal((item, area, catalog), (Shape.Int(row, "id"), Shape.Int(Shape.Obj(row, "area"), "id"), Shape.Int(Shape.Obj(row, "catalog"), "id")));
        Assert.Empty(Shape.Items((await api.GetAsync($"/desks/{desk}/services-catalogs-items?catalog_id={foreignCatalog}")).Expect(HttpStatusCode.OK)));
        Assert.True(Shape.Bool((await api.GetAsync($"/desks/{desk}")).Expect(HttpStatusCode.OK).Json, "require_service_catalog_open_ticket"));

        var client = await World.ClientIdAsync(api);
        (await api.PostAsync("/tickets", new { title = "Sem item", description = "x", client_id = client, desk_id = desk }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "services_catalogs_item_id");
        (await api.PostAsync("/tickets", new { title = "Item alheio", description = "x", client_id = client, desk_id = desk, services_catalogs_item_id = foreignItem }))
            .ExpectError(HttpStatusCode.UnprocessableEntity, 42202, "services_catalogs_item_id");
        var created = (await api.PostAsync("/tickets", new { title = "VPN", description = "x", client_id = client, desk_id = desk, services_catalogs_item_id = item }))
            .Expect(HttpStatusCode.Created)["ticket"];
        var block = Shape.Obj(created, "services_catalog");
        Assert.Equal((item, "Configurar VPN", area, catalog), (Shape.Int(block, "id"), Shape.Str(block, "item_name"), Shape.Int(block, "area_id"), Shape.Int(block, "catalog_id")));
        var number = Shape.Int(created, "ticket_number");

        var listed = (await api.GetAsync($"/tickets?services_catalogs_item_ids={item}")).Expect(HttpStatusCode.OK);
        Assert.Equal(number, Shape.Int(Assert.Single(Shape.Items(listed)), "ticket_number"));
        Assert.Equal(item, Shape.Int(Shape.Obj(Shape.Items(listed)[0], "services_catalog"), "id"));

        var cleared = (await api.PutAsync($"/tickets/{number}", new { services_catalogs_item_id = (int?)null })).Expect(HttpStatusCode.OK).Json;
        Shape.Null(cleared, "services_catalog");
        (await api.PutAsync($"/tickets/{number}/close")).ExpectError(HttpStatusCode.UnprocessableEntity, 42206, "services_catalogs_item_id");
        (await api.PutAsync($"/tickets/{number}", new { services_catalogs_item_id = item })).Expect(HttpStatusCode.OK);
        (await api.PutAsync($"/tickets/{number}/close")).Expect(HttpStatusCode.OK);
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private static async Task<(int Catalog, int Area)> TreeAsync(ApiClient api)
    {
        var catalog = Shape.Int((await api.PostAsync("/services-catalogs", new { name = "Catálogo " + Unique() })).Expect(HttpStatusCode.Created).Json, "id");
        var area = Shape.Int((await api.PostAsync($"/services-catalogs/{catalog}/areas", new { area = new { name = "Rede" } })).Expect(HttpStatusCode.Created).Json, "id");
        return (catalog, area);
    }

    /// <summary>A new desk (the fixture's is shared) linked to the catalog, requiring an item to open and to close.</summary>
    private async Task DeskWithCatalogAsync(string name, int catalogNumber)
    {
        var desk = await fixture.In<ITicketSetup, Result<Guid>>(t => t.SaveDeskAsync(new SaveDeskRequest(
            null, name, ["Triagem", "Concluído"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
            ["Normal"], [], DeskValuationMode.WithValuation, false, ReviewerKind.Both, 72, false), default));
        var catalogId = await fixture.InScopeAsync(sp => sp.GetRequiredService<Tiflux.Api.Persistence.PublicIds>()
            .ResolveAsync(Tiflux.Api.Persistence.PublicIdKind.ServicesCatalog, catalogNumber, default));
        var saved = await fixture.In<ITicketCatalog, Result>(c => c.SaveDeskSettingsAsync(new DeskCatalogSettingsDto(desk.Value, [catalogId!.Value], true, true), default));
        Assert.True(saved.IsSuccess);
    }
}
