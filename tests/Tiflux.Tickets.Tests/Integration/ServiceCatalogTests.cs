using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Tickets.Tests.Support;

namespace Tiflux.Tickets.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class ServiceCatalogTests(TicketsDb db) : IClassFixture<TicketsDb>
{
    [Fact]
    public async Task Names_AreUniquePerLevelIgnoringCase_AmongActiveRowsOnly()
    {
        var name = "Infraestrutura " + Unique();
        var catalog = (await Catalog(new SaveServicesCatalogRequest(null, name))).Value;

        var sameCatalog = await Catalog(new SaveServicesCatalogRequest(null, "  " + name.ToUpperInvariant() + " "));
        var area = (await Area(new SaveCatalogAreaRequest(null, catalog, "Rede"))).Value;
        var sameArea = await Area(new SaveCatalogAreaRequest(null, catalog, "rede"));
        var otherCatalog = (await Catalog(new SaveServicesCatalogRequest(null, "Outro " + Unique()))).Value;
        var areaElsewhere = await Area(new SaveCatalogAreaRequest(null, otherCatalog, "Rede"));
        await Item(new SaveCatalogItemRequest(null, area, "Configurar VPN", 60, 480));
        var sameItem = await Item(new SaveCatalogItemRequest(null, area, "CONFIGURAR vpn", 60, 480));

        Assert.Equal(("catalog_name_taken", "Name"), (Assert.Single(sameCatalog.Errors).Code, sameCatalog.Errors[0].Field));
        Assert.Equal("catalog_name_taken", Assert.Single(sameArea.Errors).Code);
        Assert.True(areaElsewhere.IsSuccess);
        Assert.Equal("catalog_name_taken", Assert.Single(sameItem.Errors).Code);

        // A deleted catalog frees its name.
        Assert.True((await Catalogs(c => c.DeleteCatalogAsync(catalog, CancellationToken.None))).IsSuccess);
        Assert.True((await Catalog(new SaveServicesCatalogRequest(null, name))).IsSuccess);
    }

    [Fact]
    public async Task Deleting_IsSoft_AndCascadesFromCatalogToAreasToItems()
    {
        var (catalog, area, item) = await TreeAsync();
        var secondArea = (await Area(new SaveCatalogAreaRequest(null, catalog, "Estação"))).Value;
        var secondItem = (await Item(new SaveCatalogItemRequest(null, secondArea, "Instalar software", 30, 240))).Value;

        await Catalogs(c => c.DeleteAreaAsync(area, CancellationToken.None));
        Assert.False((await Catalogs(c => c.GetItemAsync(item, CancellationToken.None)))!.Active);
        Assert.True((await Catalogs(c => c.GetItemAsync(secondItem, CancellationToken.None)))!.Active);
        Assert.True((await Catalogs(c => c.GetCatalogAsync(catalog, CancellationToken.None)))!.Active);

        await Catalogs(c => c.DeleteCatalogAsync(catalog, CancellationToken.None));
        Assert.False((await Catalogs(c => c.GetCatalogAsync(catalog, CancellationToken.None)))!.Active);
        Assert.False((await Catalogs(c => c.GetAreaAsync(secondArea, CancellationToken.None)))!.Active);
        Assert.False((await Catalogs(c => c.GetItemAsync(secondItem, CancellationToken.None)))!.Active);
        var listed = await Catalogs(c => c.ListCatalogsAsync(new CatalogListRequest(Name: "Infra"), CancellationToken.None));
        Assert.DoesNotContain(listed.Items, c => c.Id == catalog);
        var reactivated = await Item(new SaveCatalogItemRequest(secondItem, secondArea, "Instalar software", 30, 240, Active: true));
        Assert.Equal("catalog_parent_inactive", Assert.Single(reactivated.Errors).Code);
    }

    [Fact]
    public async Task ItemTimes_MustFit999h59_AndSolutionMayNotPrecedeAttendance()
    {
        var (_, area, _) = await TreeAsync();

        var backwards = await Item(new SaveCatalogItemRequest(null, area, "Ao contrário", 120, 60));
        var tooLong = await Item(new SaveCatalogItemRequest(null, area, "Longo", 0, TicketLimits.CatalogItemMaxMinutes + 1));
        var edge = await Item(new SaveCatalogItemRequest(null, area, "No limite", 0, TicketLimits.CatalogItemMaxMinutes));

        Assert.Equal(("catalog_solution_before_attendance", "SolutionMinutes"), (Assert.Single(backwards.Errors).Code, backwards.Errors[0].Field));
        Assert.Equal("catalog_time_out_of_range", Assert.Single(tooLong.Errors).Code);
        Assert.True(edge.IsSuccess);
    }

    [Fact]
    public async Task DeskItems_AreTheActiveItemsOfItsLinkedCatalogs_AndAnotherDesksItemIsRefusedOnATicket()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        var (catalog, area, item) = await TreeAsync();
        var (_, _, foreignItem) = await TreeAsync();
        var retired = (await Item(new SaveCatalogItemRequest(null, area, "Antigo", 10, 20))).Value;
        await Catalogs(c => c.DeleteItemAsync(retired, CancellationToken.None));
        await Settings(new DeskCatalogSettingsDto(desk, [catalog], false, false));

        var items = await Catalogs(c => c.ListDeskItemsAsync(new DeskCatalogItemsRequest(desk), CancellationToken.None));
        var refused = await Open(s, desk, foreignItem);
        var opened = await Open(s, desk, item);

        Assert.Equal(item, Assert.Single(items.Items).Id);
        Assert.Equal(("catalog_item_not_in_desk", "ServicesCatalogItemId"), (Assert.Single(refused.Errors).Code, refused.Errors[0].Field));
        var ticket = await s.GetAsync(opened.Value);
        Assert.Equal((item, area, catalog), (ticket.ServicesCatalogItem!.Id, ticket.ServicesCatalogItem.AreaId, ticket.ServicesCatalogItem.CatalogId));

        // A deactivated item stays on its ticket (and the ticket can still be edited).
        await Catalogs(c => c.DeleteItemAsync(item, CancellationToken.None));
        var edited = await Update(ticket, t => t with { Title = "Ainda com o item" });
        Assert.True(edited.IsSuccess, string.Join("; ", edited.Errors.Select(e => e.Message)));
        Assert.Equal(item, (await s.GetAsync(opened.Value)).ServicesCatalogItem!.Id);
    }

    [Fact]
    public async Task ADeskMayRequireAnItemToOpenAndToClose_AndTheListFiltersByItem()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        var (catalog, _, item) = await TreeAsync();
        await Settings(new DeskCatalogSettingsDto(desk, [catalog], true, true));

        var withoutItem = await Open(s, desk, null);
        var withItem = await Open(s, desk, item);
        var ticket = await s.GetAsync(withItem.Value);
        var cleared = await Update(ticket, t => t with { ChangeServicesCatalogItem = true, ServicesCatalogItemId = null });
        var closeRefused = await db.WithTickets((ITicketLifecycle t) => t.CloseTicketAsync(ticket.Number, Scenario.Tech, CancellationToken.None));

        Assert.Equal("catalog_item_required_to_open", Assert.Single(withoutItem.Errors).Code);
        Assert.True(cleared.IsSuccess);
        Assert.Equal("catalog_item_required_to_close", Assert.Single(closeRefused.Errors).Code);
        var history = (await s.GetAsync(ticket.Number)).History[^1];
        Assert.Contains(history.Changes, c => c.Field == "services_catalog_item" && c.New is null);

        var restored = await Update(ticket, t => t with { ChangeServicesCatalogItem = true, ServicesCatalogItemId = item });
        Assert.True(restored.IsSuccess);
        Assert.True((await db.WithTickets((ITicketLifecycle t) => t.CloseTicketAsync(ticket.Number, Scenario.Tech, CancellationToken.None))).IsSuccess);
        var listed = await db.WithTickets((ITicketQueries q) => q.ListTicketsAsync(new TicketListRequest { ServicesCatalogItemIds = [item] }, CancellationToken.None));
        var summary = Assert.Single(listed.Items);
        Assert.Equal((ticket.Number, item), (summary.Number, summary.ServicesCatalogItem!.Id));
    }

    [Fact]
    public async Task ATransferToADeskThatDoesNotOfferTheItem_IsRefused_UnlessTheItemIsRemovedToo()
    {
        var s = await Scenario.CreateAsync(db);
        var desk = await s.DeskAsync(false);
        var other = await s.DeskAsync(false);
        var (catalog, _, item) = await TreeAsync();
        await Settings(new DeskCatalogSettingsDto(desk, [catalog], false, false));
        var ticket = await s.GetAsync((await Open(s, desk, item)).Value);
        var target = (await db.WithTickets((ITicketSetup t) => t.GetDesksAsync(CancellationToken.None))).Single(d => d.Id == other);
        UpdateTicketRequest Transfer(UpdateTicketRequest r) =>
            r with { StageId = target.Stages[0].Id, StatusId = target.Statuses[0].Id, PriorityId = target.Priorities[0].Id, DeskId = other };

        var refused = await Update(ticket, Transfer);
        var moved = await Update(ticket, r => Transfer(r) with { ChangeServicesCatalogItem = true, ServicesCatalogItemId = null });

        Assert.Equal("catalog_item_not_in_desk", Assert.Single(refused.Errors).Code);
        Assert.True(moved.IsSuccess, string.Join("; ", moved.Errors.Select(e => e.Message)));
        Assert.Null((await s.GetAsync(ticket.Number)).ServicesCatalogItem);
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    private async Task<(Guid Catalog, Guid Area, Guid Item)> TreeAsync()
    {
        var catalog = (await Catalog(new SaveServicesCatalogRequest(null, "Infraestrutura " + Unique()))).Value;
        var area = (await Area(new SaveCatalogAreaRequest(null, catalog, "Rede"))).Value;
        var item = (await Item(new SaveCatalogItemRequest(null, area, "Configurar VPN", 60, 480))).Value;
        return (catalog, area, item);
    }

    private Task<T> Catalogs<T>(Func<ITicketCatalog, Task<T>> action) => db.WithTickets(action);

    private Task<Result<Guid>> Catalog(SaveServicesCatalogRequest request) => Catalogs(c => c.SaveCatalogAsync(request, CancellationToken.None));

    private Task<Result<Guid>> Area(SaveCatalogAreaRequest request) => Catalogs(c => c.SaveAreaAsync(request, CancellationToken.None));

    private Task<Result<Guid>> Item(SaveCatalogItemRequest request) => Catalogs(c => c.SaveItemAsync(request, CancellationToken.None));

    private async Task Settings(DeskCatalogSettingsDto settings)
    {
        var saved = await Catalogs(c => c.SaveDeskSettingsAsync(settings, CancellationToken.None));
        Assert.True(saved.IsSuccess, string.Join("; ", saved.Errors.Select(e => e.Message)));
    }

    private Task<Result<int>> Open(Scenario s, Guid desk, Guid? item) =>
        db.WithTickets((ITicketLifecycle t) => t.CreateTicketAsync(
            new CreateTicketRequest("VPN não conecta", "", s.Client.Id, desk, null, null, null, "Ana", "ana@cliente.example", null) { ServicesCatalogItemId = item },
            Scenario.Tech, CancellationToken.None));

    private Task<Result> Update(TicketDto ticket, Func<UpdateTicketRequest, UpdateTicketRequest> change) =>
        db.WithTickets((ITicketLifecycle t) => t.UpdateTicketAsync(
            change(new UpdateTicketRequest(ticket.Number, ticket.Title, ticket.Description, ticket.StageId, ticket.StatusId, ticket.PriorityId,
                null, null, ticket.RequesterName, ticket.RequesterEmail, null)),
            Scenario.Tech, CancellationToken.None));
}
