using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Api.Users;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Tests.Billing;
using Tiflux.Web.Tests.Conversation;
using Tiflux.Web.Tests.Portal;
using Tiflux.Web.Tests.Requestors;
using static Tiflux.Web.Tests.Contracts.ContractsUi;

namespace Tiflux.Web.Tests.Catalog;

/// <summary>The ticket's service catalog item on the pages: new ticket, the "Dados" tab and header, the list filter, the portal.</summary>
[Collection(AppTestGroup.Name)]
public sealed class TicketCatalogItemPagesTests(AppFixture app)
{
    private const string ItemField = "Input.ServicesCatalogItemId";

    [Fact]
    public async Task NewTicket_OnADeskThatRequiresAnItem_IsRefusedWithoutOne_AndOpensWithThePickedItem()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        var catalog = await CatalogAsync(world.DeskId, requireToOpen: true, requireToClose: false);
        using var browser = await app.Factory.SignInAsAdminAsync();
        var form = await browser.GetPageAsync($"/tickets/novo?cliente={world.ClientId}");

        using var refused = await browser.SubmitAsync(form, "#ticket-form", BrowserForm.Fields(
            ("Input.DeskId", world.DeskId.ToString()), ("Input.Title", "Sem VPN"), ("Input.RequesterName", "Ana Reis")));

        var page = await ParseAsync(refused);
        Assert.Equal($"A mesa Mesa {world.Suffix} exige um item do catálogo de serviços para abrir o ticket.", FieldError(page, ItemField));
        Assert.Equal(0, (await TicketsOfAsync(world.ClientId)).TotalItems);
        // The redisplayed form offers the desk's items grouped "Catálogo › Área".
        var groups = page.QuerySelectorAll($"select[name='{ItemField}'] optgroup")
            .Select(g => $"{g.GetAttribute("label")}: {string.Join(", ", g.QuerySelectorAll("option").Select(o => o.TextContent))}").ToList();
        Assert.Equal([$"{catalog.Name} › Estação: Instalar software", $"{catalog.Name} › Rede: Configurar VPN"], groups);

        using var opened = await browser.SubmitAsync(page, "#ticket-form", BrowserForm.Fields((ItemField, catalog.Vpn.ToString())));

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var ticket = await TicketAsync(int.Parse(opened.Headers.Location!.OriginalString["/tickets/".Length..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(catalog.Vpn, ticket.ServicesCatalogItem?.Id);
    }

    [Fact]
    public async Task DadosTab_ChangesTheItem_TheHeaderShowsIt_AndAnInactiveCurrentItemStaysShownAndKept()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        var catalog = await CatalogAsync(world.DeskId, requireToOpen: false, requireToClose: false);
        var number = await OpenAsync(world, "Notebook novo", catalog.Vpn);
        using var browser = await app.Factory.SignInAsAdminAsync();
        var url = $"/tickets/{number}?aba=dados";
        var before = await browser.GetPageAsync(url);
        Assert.Equal($"{catalog.Name} › Rede › Configurar VPN", before.QuerySelector("#ticket-catalog-item")?.TextContent);
        Assert.Equal(catalog.Vpn.ToString(), Selected(before));

        using var saved = await browser.SubmitAsync(before, "#data-form", BrowserForm.Fields((ItemField, catalog.Software.ToString())));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await browser.GetPageAsync(url);
        Assert.Equal($"{catalog.Name} › Estação › Instalar software", after.QuerySelector("#ticket-catalog-item")?.TextContent);
        Assert.Equal(catalog.Software, (await TicketAsync(number)).ServicesCatalogItem?.Id);

        // Deactivated, the item is no longer offered by the desk, but the ticket's form still shows it and keeps it.
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<ITicketCatalog>().DeleteItemAsync(catalog.Software, default)).IsSuccess);
        }

        var inactive = await browser.GetPageAsync(url);
        Assert.Equal(catalog.Software.ToString(), Selected(inactive));
        Assert.Equal("Instalar software (inativo)", inactive.QuerySelector($"select[name='{ItemField}'] option[value='{catalog.Software}']")?.TextContent);
        using var unchanged = await browser.SubmitAsync(inactive, "#data-form", BrowserForm.Fields(("Input.Title", "Notebook novo (urgente)")));
        Assert.Equal(HttpStatusCode.Redirect, unchanged.StatusCode);
        var kept = await TicketAsync(number);
        Assert.Equal(("Notebook novo (urgente)", catalog.Software), (kept.Title, kept.ServicesCatalogItem?.Id));
    }

    [Fact]
    public async Task ClosingWithoutAnItemOnADeskThatRequiresOne_ShowsTheModulesMessage()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        await CatalogAsync(world.DeskId, requireToOpen: false, requireToClose: true);
        var number = await OpenAsync(world, "Sem item", null);
        using var browser = await app.Factory.SignInAsAdminAsync();
        var page = await browser.GetPageAsync($"/tickets/{number}?aba=comunicacao");

        using var refused = await browser.SubmitAsync(page, "form[action*='handler=Close']");

        var message = (await ParseAsync(refused)).QuerySelector("#catalog-item-error")?.TextContent;
        Assert.Equal($"A mesa Mesa {world.Suffix} exige um item do catálogo de serviços para fechar o ticket; informe o item antes.", message);
        Assert.Equal(TicketState.Open, (await TicketAsync(number)).State);
    }

    [Fact]
    public async Task TheList_FiltersByItem()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        var catalog = await CatalogAsync(world.DeskId, requireToOpen: false, requireToClose: false);
        var vpn = await OpenAsync(world, "VPN caiu", catalog.Vpn);
        await OpenAsync(world, "Instalar Office", catalog.Software);
        await OpenAsync(world, "Sem item", null);
        using var browser = await app.Factory.SignInAsAdminAsync();

        var list = await browser.GetPageAsync($"/tickets?cliente={world.ClientId}&mesa={world.DeskId}&item={catalog.Vpn}");
        var unfiltered = await browser.GetPageAsync($"/tickets?cliente={world.ClientId}");

        Assert.Equal([$"/tickets/{vpn}"], Numbers(list));
        Assert.Equal(catalog.Vpn.ToString(), ((IHtmlSelectElement)list.QuerySelector("select[name='item']")!).Value);
        Assert.Equal(3, Numbers(unfiltered).Count);
    }

    [Fact]
    public async Task Portal_OffersTheItemsOfADeskThatRequiresOne_AndOpensWithThePickedItem()
    {
        var world = await PortalWorld.CreateAsync(app.Factory);
        var catalog = await CatalogAsync(world.DeskId, requireToOpen: true, requireToClose: false);
        var (browser, _, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, PortalPermissions.OpenTickets);
        using var _b = browser;
        var form = await browser.GetPageAsync("/portal/tickets/novo");
        Assert.Contains(catalog.Vpn.ToString(), form.QuerySelectorAll($"select[name='{ItemField}'] option").Select(o => o.GetAttribute("value")));

        var fields = new Dictionary<string, string> { ["Input.DeskId"] = world.DeskId.ToString(), ["Input.Title"] = "VPN do portal" };
        using var refused = await ConversationWorld.PostMultipartAsync(browser, "/portal/tickets/novo", "#new-ticket-form", fields);
        Assert.Contains("exige um item do catálogo de serviços", FieldError(await ParseAsync(refused), ItemField), StringComparison.Ordinal);

        fields[ItemField] = catalog.Vpn.ToString();
        using var opened = await ConversationWorld.PostMultipartAsync(browser, "/portal/tickets/novo", "#new-ticket-form", fields);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var number = int.Parse(opened.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(catalog.Vpn, (await TicketAsync(number)).ServicesCatalogItem?.Id);
    }

    private sealed record DeskCatalog(string Name, Guid Vpn, Guid Software);

    /// <summary>A catalog of its own (areas "Rede" › "Configurar VPN" and "Estação" › "Instalar software") linked to the desk.</summary>
    private async Task<DeskCatalog> CatalogAsync(Guid deskId, bool requireToOpen, bool requireToClose)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<ITicketCatalog>();
        var name = Unique("Infraestrutura");
        var catalogId = RequestorWorld.Ok(await catalog.SaveCatalogAsync(new SaveServicesCatalogRequest(null, name), default));
        var network = RequestorWorld.Ok(await catalog.SaveAreaAsync(new SaveCatalogAreaRequest(null, catalogId, "Rede"), default));
        var station = RequestorWorld.Ok(await catalog.SaveAreaAsync(new SaveCatalogAreaRequest(null, catalogId, "Estação"), default));
        var vpn = RequestorWorld.Ok(await catalog.SaveItemAsync(new SaveCatalogItemRequest(null, network, "Configurar VPN", 60, 480), default));
        var software = RequestorWorld.Ok(await catalog.SaveItemAsync(new SaveCatalogItemRequest(null, station, "Instalar software", 30, 240), default));
        Assert.True((await catalog.SaveDeskSettingsAsync(new DeskCatalogSettingsDto(deskId, [catalogId], requireToOpen, requireToClose), default)).IsSuccess);
        return new DeskCatalog(name, vpn, software);
    }

    private async Task<int> OpenAsync(RequestorWorld world, string title, Guid? itemId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return RequestorWorld.Ok(await scope.ServiceProvider.GetRequiredService<ITicketLifecycle>().CreateTicketAsync(
            new CreateTicketRequest(title, "Descrição de " + title, world.ClientId, world.DeskId, null, null, null, "Solicitante", null, null) { ServicesCatalogItemId = itemId },
            new ActorDto(Guid.Empty, "Teste"),
            default));
    }

    private async Task<TicketDto> TicketAsync(int number)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ITicketQueries>().GetTicketAsync(number, default))!;
    }

    private async Task<Tiflux.SharedKernel.PagedList<TicketSummary>> TicketsOfAsync(Guid clientId)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ITicketQueries>().ListTicketsAsync(new TicketListRequest(ClientId: clientId), default);
    }

    private static string? Selected(IHtmlDocument page) =>
        ((IHtmlSelectElement?)page.QuerySelector($"select[name='{ItemField}']"))?.Value;

    private static List<string?> Numbers(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table.tickets tbody a[href^='/tickets/']").Select(a => a.GetAttribute("href"))];
}
