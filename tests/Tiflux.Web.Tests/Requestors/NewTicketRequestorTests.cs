using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Tests.Billing;
using static Tiflux.Web.Tests.Billing.BrowserForm;

namespace Tiflux.Web.Tests.Requestors;

/// <summary>Novo ticket with a requestor (picked or registered inline), followers, parent and files; the list's requestor filter.</summary>
[Collection(AppTestGroup.Name)]
public sealed class NewTicketRequestorTests(AppFixture app)
{
    [Fact]
    public async Task AnInlineRegisteredRequestorAndFollowers_AreTheTickets()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        using var browser = await app.Factory.SignInAsAdminAsync();
        var form = await browser.GetPageAsync($"/tickets/novo?cliente={world.ClientId}");

        using var response = await browser.SubmitAsync(form, "#ticket-form", Fields(
            ("Input.DeskId", world.DeskId.ToString()),
            ("Input.Title", "Impressora parada"),
            ("Input.RequesterName", "Fábio Lima"),
            ("Input.RequesterEmail", world.Email("fabio")),
            ("Input.RequesterTelephone", "(21) 3333-4444"),
            ("Input.RegisterRequestor", "true"),
            ("Input.Followers", $"gestor.{world.Suffix}@cliente.example; TI.{world.Suffix}@Cliente.example")),
            [new FormFile("arquivos", "foto.png", "image/png", SampleFiles.Png)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var number = int.Parse(response.Headers.Location!.OriginalString["/tickets/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var ticket = await TicketAsync(number);
        var requestorId = Assert.IsType<Guid>(ticket.RequestorId);
        var requestor = (await RequestorWorld.GetRequestorAsync(app.Factory, requestorId))!;
        Assert.Equal(("Fábio Lima", world.Email("fabio"), "+552133334444"), (requestor.Name, requestor.Email, requestor.Telephone));
        Assert.Equal([world.ClientId], requestor.Clients.Select(c => c.Id));
        Assert.Equal(("Fábio Lima", world.Email("fabio"), "+552133334444"), (ticket.RequesterName, ticket.RequesterEmail, ticket.RequesterTelephone));
        Assert.Equal([$"gestor.{world.Suffix}@cliente.example", $"ti.{world.Suffix}@cliente.example"], ticket.Followers);
        Assert.Contains("Fábio Lima", (await browser.GetPageAsync($"/tickets/{number}")).Body!.InnerHtml, StringComparison.Ordinal);
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var files = RequestorWorld.Ok(await scope.ServiceProvider.GetRequiredService<ITicketConversation>().ListFilesAsync(number, publicOnly: false, 1, 50, default));
            Assert.Equal([("foto.png", TicketFileOwner.Ticket)], files.Items.Select(f => (f.FileName, f.Owner)));
        }

        // The requestor is now offered by the picker of the next ticket of this client.
        var next = await browser.GetPageAsync($"/tickets/novo?cliente={world.ClientId}");
        Assert.Contains(requestorId.ToString(), Options(next, "Input.RequestorId"));
    }

    [Fact]
    public async Task WhenTheTicketIsRefusedAfterTheRequestorIsRegistered_ThePageSaysSoAndKeepsItPicked()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        using var browser = await app.Factory.SignInAsAdminAsync();
        var form = await browser.GetPageAsync($"/tickets/novo?cliente={world.ClientId}");

        using var response = await browser.SubmitAsync(form, "#ticket-form", Fields(
            ("Input.DeskId", world.DeskId.ToString()),
            ("Input.Title", "Filho de ninguém"),
            ("Input.RequesterName", "Gil Rocha"),
            ("Input.RequesterEmail", world.Email("gil")),
            ("Input.RegisterRequestor", "true"),
            ("Input.ParentNumber", "999999")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        var summary = page.QuerySelector(".validation-summary-errors")!.TextContent;
        Assert.Contains("O solicitante foi cadastrado no cliente", summary, StringComparison.Ordinal);
        Assert.Contains("#999999", page.QuerySelector("[data-valmsg-for='Input.ParentNumber']")!.TextContent, StringComparison.Ordinal);
        var picked = ((IHtmlSelectElement)page.QuerySelector("select[name='Input.RequestorId']")!).SelectedOptions.Single();
        Assert.Contains(world.Email("gil"), picked.TextContent, StringComparison.Ordinal);
        Assert.False(((IHtmlInputElement)page.QuerySelector("input[name='Input.RegisterRequestor']")!).IsChecked);
        // Sent again as it came back (the requestor now picked, the parent removed), the ticket opens with that requestor.
        using var again = await browser.SubmitAsync(page, "#ticket-form", Fields(("Input.ParentNumber", "")), pageUrl: "/tickets/novo");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var ticket = await TicketAsync(int.Parse(again.Headers.Location!.OriginalString["/tickets/".Length..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Guid.Parse(picked.Value), ticket.RequestorId);
    }

    [Fact]
    public async Task ABadFollower_IsRefusedBeforeTheRequestorIsRegistered()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        using var browser = await app.Factory.SignInAsAdminAsync();
        var form = await browser.GetPageAsync($"/tickets/novo?cliente={world.ClientId}");

        using var response = await browser.SubmitAsync(form, "#ticket-form", Fields(
            ("Input.DeskId", world.DeskId.ToString()),
            ("Input.Title", "Seguidor ruim"),
            ("Input.RequesterName", "Hugo Paz"),
            ("Input.RequesterEmail", world.Email("hugo")),
            ("Input.RegisterRequestor", "true"),
            ("Input.Followers", "nao-e-email")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Equal("E-mail de seguidor inválido: nao-e-email", page.QuerySelector("[data-valmsg-for='Input.Followers']")!.TextContent.Trim());
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var found = await scope.ServiceProvider.GetRequiredService<ITicketRequestors>().ListRequestorsAsync(new RequestorListRequest(ClientId: world.ClientId), default);
        Assert.Equal(0, found.TotalItems);
    }

    [Fact]
    public async Task TheListFiltersByRequestor_AndShowsTheLastAnswerColumn()
    {
        var world = await RequestorWorld.CreateAsync(app.Factory);
        var ines = await world.AddRequestorAsync(app.Factory, "Inês Costa", world.Email("ines"));
        var joao = await world.AddRequestorAsync(app.Factory, "João Alves", world.Email("joao"));
        using var browser = await app.Factory.SignInAsAdminAsync();
        var byInes = await OpenTicketAsync(browser, world, ines, "Da Inês");
        var byJoao = await OpenTicketAsync(browser, world, joao, "Do João");
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var answered = await scope.ServiceProvider.GetRequiredService<ITicketConversation>().PostAnswerAsync(
                new PostAnswerRequest(byInes, "<p>Resolvido.</p>", AnswerOrigin.TifluxWeb, []), new ActorDto(Guid.Empty, "Teste"), default);
            Assert.True(answered.IsSuccess, string.Join("; ", answered.Errors.Select(e => e.Message)));
        }

        var list = await browser.GetPageAsync($"/tickets?cliente={world.ClientId}&solicitante={ines}");
        var byEmail = await browser.GetPageAsync($"/tickets?email={Uri.EscapeDataString(world.Email("joao"))}");
        var anyClient = await browser.GetPageAsync($"/tickets?solicitante={joao}");

        Assert.Equal([$"/tickets/{byInes}"], Numbers(list));
        Assert.Contains(ines.ToString(), Options(list, "solicitante"));
        Assert.Contains(joao.ToString(), Options(list, "solicitante"));
        Assert.Equal([$"/tickets/{byJoao}"], Numbers(byEmail));
        Assert.Equal([$"/tickets/{byJoao}"], Numbers(anyClient));
        Assert.Equal(joao.ToString(), ((IHtmlSelectElement)anyClient.QuerySelector("select[name='solicitante']")!).Value);
        var headers = list.QuerySelectorAll("table.tickets thead th").Select(th => th.TextContent).ToList();
        Assert.Equal("Última resposta", headers[headers.IndexOf("Aberto em") + 1]);
        var answeredAt = (await TicketAsync(byInes)).LastAnswerAt;
        Assert.NotNull(answeredAt);
        Assert.Equal(PtBr.DateTime(answeredAt.Value), list.QuerySelector("table.tickets tbody tr td.last-answer")!.TextContent);
        Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$", list.QuerySelector("table.tickets tbody tr td.last-answer")!.TextContent);
        Assert.Equal("—", byEmail.QuerySelector("table.tickets tbody tr td.last-answer")!.TextContent);
    }

    /// <summary>Opens a ticket of <paramref name="requestorId"/> through the form's picker; returns its number.</summary>
    private static async Task<int> OpenTicketAsync(AppClient browser, RequestorWorld world, Guid requestorId, string title)
    {
        var form = await browser.GetPageAsync($"/tickets/novo?cliente={world.ClientId}");
        Assert.Contains(requestorId.ToString(), Options(form, "Input.RequestorId"));
        using var response = await browser.SubmitAsync(form, "#ticket-form", Fields(
            ("Input.DeskId", world.DeskId.ToString()), ("Input.Title", title), ("Input.RequestorId", requestorId.ToString())));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString["/tickets/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<TicketDto> TicketAsync(int number)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ITicketQueries>().GetTicketAsync(number, default))!;
    }

    private static List<string?> Options(IHtmlDocument page, string select) =>
        [.. page.QuerySelectorAll($"select[name='{select}'] option").Select(o => o.GetAttribute("value"))];

    private static List<string?> Numbers(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table.tickets tbody a[href^='/tickets/']").Select(a => a.GetAttribute("href"))];
}
