using System.Net;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Groups = Tiflux.TestKit.Groups;

namespace Tiflux.Tickets.Tests.Web;

[Collection(TicketsAppGroup.Name)]
[Trait("Category", "Integration")]
public sealed class TicketPagesTests(TicketsApp app)
{
    private static readonly ActorDto Someone = new(Guid.CreateVersion7(), "Alguém", MayHandleMoney: true);

    private async Task<(ClientSummary Client, RiderTermsDto Rider, StandaloneServiceDto Service, Guid DeskId, int Ticket)> SeedAsync(bool review = true)
    {
        var client = app.Contracts.AddClient("Padaria " + Guid.NewGuid().ToString("N")[..6]);
        var rider = app.Contracts.AddRider(client.Id, new DateOnly(2020, 1, 1), null);
        var service = app.Contracts.AddService(client.Id, 200m, 150m, 100m);
        var desk = await app.WithTickets(async (ITicketSetup t) => (await t.SaveDeskAsync(
            new SaveDeskRequest(null, "Mesa " + Guid.NewGuid().ToString("N")[..6], ["Triagem", "Fim"],
                [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal"], [], DeskValuationMode.WithValuation, review, ReviewerKind.Both, 72, false),
            CancellationToken.None)).Value);
        var ticket = await app.WithTickets(async (ITicketLifecycle t) => (await t.CreateTicketAsync(
            new CreateTicketRequest("Sem internet no caixa", "", client.Id, desk, null, null, null, "Joana", null, null), Someone,
            CancellationToken.None)).Value);
        return (client, rider, service, desk, ticket);
    }

    private static string Yesterday() => DateTime.UtcNow.AddHours(-3).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task List_ShowsTicketsAndFiltersByClient()
    {
        var first = await SeedAsync();
        var second = await SeedAsync();
        using var client = await app.App.SignInAsAdminAsync();

        var all = await client.GetPageAsync("/tickets");
        var filtered = await client.GetPageAsync($"/tickets?cliente={first.Client.Id}");

        var allNumbers = all.QuerySelectorAll("table.tickets tbody tr td:first-child a").Select(a => a.TextContent).ToList();
        Assert.Contains($"#{first.Ticket}", allNumbers);
        Assert.Contains($"#{second.Ticket}", allNumbers);
        var filteredNumbers = filtered.QuerySelectorAll("table.tickets tbody tr td:first-child a").Select(a => a.TextContent).ToList();
        Assert.Equal([$"#{first.Ticket}"], filteredNumbers);
    }

    [Theory]
    [InlineData("dados", "form#data-form")]
    [InlineData("apontamentos", "table.entries")]
    [InlineData("valorizacao", "table.extras")]
    [InlineData("historico", "table.history")]
    public async Task TicketPage_ServesEachTab(string tab, string selector)
    {
        var seed = await SeedAsync();
        using var client = await app.App.SignInAsAdminAsync();

        var page = await client.GetPageAsync($"/tickets/{seed.Ticket}?aba={tab}");

        Assert.NotNull(page.QuerySelector(selector));
        var tabs = page.QuerySelectorAll("nav.tabs a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/tickets/{seed.Ticket}?aba={tab}", tabs);
        Assert.Single(page.QuerySelectorAll("nav.tabs a.active"));
    }

    [Fact]
    public async Task TicketPage_ForUnknownNumber_IsNotFound()
    {
        using var client = await app.App.SignInAsAdminAsync();

        using var response = await client.GetAsync("/tickets/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EntryForm_OffersOnlyRidersAndServicesValidForTheDate()
    {
        var seed = await SeedAsync();
        var expired = app.Contracts.AddRider(seed.Client.Id, new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31));
        using var client = await app.App.SignInAsAdminAsync();

        var page = await client.GetPageAsync($"/tickets/{seed.Ticket}/apontamentos/novo");

        var riders = page.QuerySelectorAll("select[name='Input.RiderId'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(seed.Rider.Id.ToString(), riders);
        Assert.DoesNotContain(expired.Id.ToString(), riders);
        Assert.Contains(seed.Service.Id.ToString(), page.QuerySelectorAll("select[name='Input.ServiceId'] option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task AddEntry_PostWithAntiforgery_RedirectsAndShowsTheValuedEntry()
    {
        var seed = await SeedAsync();
        using var client = await app.App.SignInAsAdminAsync();

        using var response = await client.SubmitFormAsync($"/tickets/{seed.Ticket}/apontamentos/novo", new Dictionary<string, string>
        {
            ["Input.Date"] = Yesterday(),
            ["Input.Start"] = "09:00",
            ["Input.End"] = "10:30",
            ["Input.Description"] = "Reinício do roteador",
            ["Input.Mode"] = "Remote",
            ["Input.Kind"] = "Standalone",
            ["Input.ServiceId"] = seed.Service.Id.ToString(),
        }, "form#entry-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/tickets/{seed.Ticket}?aba=apontamentos", response.Headers.Location!.OriginalString);
        var page = await client.GetPageAsync($"/tickets/{seed.Ticket}?aba=apontamentos");
        var row = page.QuerySelector("table.entries tbody tr")!.TextContent;
        Assert.Contains("Reinício do roteador", row, StringComparison.Ordinal);
        Assert.Contains("R$ 225,00", row.Replace('\u00A0', ' '), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEntry_AfterRefreshingTheOptionsForTheDate_SavesTheEntry()
    {
        var seed = await SeedAsync();
        using var client = await app.App.SignInAsAdminAsync();
        var fields = new Dictionary<string, string>
        {
            ["Input.Date"] = Yesterday(),
            ["Input.Start"] = "05:10",
            ["Input.End"] = "05:40",
            ["Input.Description"] = "Troca do nobreak",
            ["Input.Mode"] = "Remote",
            ["Input.Kind"] = "Standalone",
            ["Input.ServiceId"] = seed.Service.Id.ToString(),
        };
        var optionsUrl = $"/tickets/{seed.Ticket}/apontamentos/novo?handler=Options";
        // "Atualizar opções para a data" posts to the Options handler (the button's formaction).
        using var options = await client.SubmitFormAsync($"/tickets/{seed.Ticket}/apontamentos/novo", fields, "form#entry-form", optionsUrl);
        Assert.Equal(HttpStatusCode.OK, options.StatusCode);

        // "Salvar apontamento" on the page the options refresh returned, as a browser posts it.
        using var saved = await client.SubmitReturnedFormAsync(optionsUrl, await options.Content.ReadAsStringAsync(), fields, "form#entry-form");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var ticket = await app.WithTickets((ITicketQueries t) => t.GetTicketAsync(seed.Ticket, CancellationToken.None));
        Assert.Equal("Troca do nobreak", Assert.Single(ticket!.Entries).Description);
    }

    [Fact]
    public async Task AddEntry_WithFutureDate_ShowsThePortugueseMessageNextToTheFieldAndSavesNothing()
    {
        var seed = await SeedAsync();
        using var client = await app.App.SignInAsAdminAsync();

        using var response = await client.SubmitFormAsync($"/tickets/{seed.Ticket}/apontamentos/novo", new Dictionary<string, string>
        {
            ["Input.Date"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Start"] = "09:00",
            ["Input.End"] = "10:00",
            ["Input.Description"] = "x",
            ["Input.Mode"] = "Remote",
            ["Input.Kind"] = "Contract",
            ["Input.RiderId"] = seed.Rider.Id.ToString(),
            ["Input.ManualValue"] = "true",
            ["Input.Value"] = "10,00",
        }, "form#entry-form");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A data do apontamento não pode estar no futuro.", body, StringComparison.Ordinal);
        Assert.Contains("Valor manual só é permitido em apontamentos avulsos.", body, StringComparison.Ordinal);
        var ticket = await app.WithTickets((ITicketQueries t) => t.GetTicketAsync(seed.Ticket, CancellationToken.None));
        Assert.Empty(ticket!.Entries);
    }

    [Fact]
    public async Task TicketPage_ForTechnician_HidesMoney()
    {
        var seed = await SeedAsync();
        await app.WithTickets((ITicketWork t) => t.SaveTimeEntryAsync(
            new SaveTimeEntryRequest(seed.Ticket, null, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)), new(8, 0), new(9, 0), Guid.CreateVersion7(), "Téc",
                "Visita", AttendanceMode.Remote, EntryKind.Standalone, null, seed.Service.Id),
            Someone,
            CancellationToken.None));
        using var admin = await app.App.SignInAsAdminAsync();
        using var technician = await app.App.SignInAsNewUserAsync(Groups.Technician);

        var adminRow = (await admin.GetPageAsync($"/tickets/{seed.Ticket}?aba=apontamentos")).QuerySelector("table.entries tbody tr")!.TextContent;
        var techRow = (await technician.GetPageAsync($"/tickets/{seed.Ticket}?aba=apontamentos")).QuerySelector("table.entries tbody tr")!.TextContent;

        Assert.Contains("R$", adminRow, StringComparison.Ordinal);
        Assert.DoesNotContain("R$", techRow, StringComparison.Ordinal);
        Assert.Contains("--", techRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_ThenApproveFromTheReviewQueue_ReviewsTheTicket()
    {
        var seed = await SeedAsync(review: true);
        using var client = await app.App.SignInAsAdminAsync();

        using var close = await client.SubmitFormAsync($"/tickets/{seed.Ticket}", new Dictionary<string, string>(), "form[action*='handler=Close']");
        var queue = await client.GetPageAsync("/tickets/revisao");
        Assert.Contains($"#{seed.Ticket}", queue.QuerySelector("table.review-queue")!.TextContent, StringComparison.Ordinal);
        using var approve = await client.SubmitFormAsync("/tickets/revisao", new Dictionary<string, string>
        {
            ["Number"] = seed.Ticket.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Review.Approve"] = "true",
            ["Review.Rating"] = "5",
        }, "form.approve");

        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        var ticket = await app.WithTickets((ITicketQueries t) => t.GetTicketAsync(seed.Ticket, CancellationToken.None));
        Assert.Equal(TicketState.Reviewed, ticket!.State);
        Assert.Equal(5, ticket.Rating);
    }

    [Fact]
    public async Task Reject_WithoutReason_ShowsTheMessageAndKeepsTheTicketAwaiting()
    {
        var seed = await SeedAsync(review: true);
        await app.WithTickets((ITicketLifecycle t) => t.CloseTicketAsync(seed.Ticket, Someone, CancellationToken.None));
        using var client = await app.App.SignInAsAdminAsync();

        using var response = await client.SubmitFormAsync($"/tickets/{seed.Ticket}", new Dictionary<string, string> { ["Review.Comment"] = "" }, "form#reject-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Informe o motivo da reprovação.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(TicketState.AwaitingReview, (await app.WithTickets((ITicketQueries t) => t.GetTicketAsync(seed.Ticket, CancellationToken.None)))!.State);
    }

    [Fact]
    public async Task NewTicket_PostCreatesTheTicketAndRedirectsToIt()
    {
        var seed = await SeedAsync();
        using var client = await app.App.SignInAsAdminAsync();

        using var response = await client.SubmitFormAsync("/tickets/novo", new Dictionary<string, string>
        {
            ["Input.ClientId"] = seed.Client.Id.ToString(),
            ["Input.DeskId"] = seed.DeskId.ToString(),
            ["Input.Title"] = "Troca de teclado",
            ["Input.RequesterName"] = "Marcos",
        }, "form#ticket-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Troca de teclado", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DesksPage_CreatesADeskWithReview()
    {
        using var client = await app.App.SignInAsAdminAsync();
        var name = "Campo " + Guid.NewGuid().ToString("N")[..6];

        using var response = await client.SubmitFormAsync("/configuracoes/mesas", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Stages"] = "A\nB",
            ["Input.Statuses"] = "Novo | aberto\nResolvido | fechado\nAnulado | cancelado",
            ["Input.Priorities"] = "Única",
            ["Input.ValuationMode"] = "WithValuation",
            ["Input.ReviewEnabled"] = "true",
            ["Input.ReviewerKind"] = "Both",
            ["Input.ReviewDeadlineHours"] = "48",
        }, "form#desk-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var desk = (await app.WithTickets((ITicketSetup t) => t.GetDesksAsync(CancellationToken.None))).Single(d => d.Name == name);
        Assert.True(desk.ReviewEnabled);
        Assert.Equal(48, desk.ReviewDeadlineHours);
        Assert.Equal([StatusKind.Open, StatusKind.Closed, StatusKind.Cancelled], desk.Statuses.Select(s => s.Kind));
    }

    [Fact]
    public async Task DesksPage_ForTechnician_IsForbidden()
    {
        using var client = await app.App.SignInAsNewUserAsync(Groups.Technician);

        using var response = await client.GetAsync("/configuracoes/mesas");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Attachment_IsServedOnlyToSignedInStaff()
    {
        var seed = await SeedAsync();
        var expense = app.Contracts.AddExtraExpense("Cabo", 10m);
        var extraId = (await app.WithTickets((ITicketWork t) => t.SaveExtraAsync(
            new SaveExtraRequest(seed.Ticket, null, expense.Id, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), 2m, null, "",
                new AttachmentUploadDto("nota.txt", "text/html", "olá"u8.ToArray())),
            Someone, CancellationToken.None))).Value;
        var attachmentId = (await app.WithTickets((ITicketQueries t) => t.GetTicketAsync(seed.Ticket, CancellationToken.None)))!.Extras.Single(x => x.Id == extraId).AttachmentId;
        using var staff = await app.App.SignInAsNewUserAsync(Groups.Technician);
        using var anonymous = app.App.CreateAppClient();
        using var customer = await app.App.SignInAsNewUserAsync(Groups.Client);

        using var ok = await staff.GetAsync($"/tickets/anexos/{attachmentId}");
        using var redirected = await anonymous.GetAsync($"/tickets/anexos/{attachmentId}");
        using var forbidden = await customer.GetAsync($"/tickets/anexos/{attachmentId}");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("text/plain", ok.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", ok.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("olá", await ok.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Theory]
    [InlineData("/tickets")]
    [InlineData("/tickets/revisao")]
    [InlineData("/tickets/novo")]
    public async Task TicketPages_ForClientPortalUsers_AreForbidden(string url)
    {
        using var client = await app.App.SignInAsNewUserAsync(Groups.Client);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ReviewQueue_ForTechnician_ListsButCannotDecide()
    {
        var seed = await SeedAsync(review: true);
        await app.WithTickets((ITicketLifecycle t) => t.CloseTicketAsync(seed.Ticket, Someone, CancellationToken.None));
        using var technician = await app.App.SignInAsNewUserAsync(Groups.Technician);

        var queue = await technician.GetPageAsync("/tickets/revisao");

        Assert.Contains($"#{seed.Ticket}", queue.QuerySelector("table.review-queue")!.TextContent, StringComparison.Ordinal);
        Assert.Null(queue.QuerySelector("form.approve"));
    }

    [Fact]
    public async Task ExtraForm_OffersTheCatalogAndAcceptsAFileUpload()
    {
        var seed = await SeedAsync();
        var expense = app.Contracts.AddExtraExpense("Roteador " + Guid.NewGuid().ToString("N")[..4], 250m);
        using var client = await app.App.SignInAsAdminAsync();
        var page = await client.GetPageAsync($"/tickets/{seed.Ticket}/valorizacao/nova");
        Assert.Contains(expense.Id.ToString(), page.QuerySelectorAll("select[name='Input.ExtraExpenseId'] option").Select(o => o.GetAttribute("value")));
        var token = page.QuerySelector("form#extra-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(expense.Id.ToString()), "Input.ExtraExpenseId" },
            { new StringContent(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "Input.Date" },
            { new StringContent("2"), "Input.Quantity" },
            { new StringContent("Troca do roteador"), "Input.Description" },
        };
        var file = new ByteArrayContent("%PDF-1.4 nota"u8.ToArray());
        form.Add(file, "Input.File", "nota.pdf");

        using var response = await client.Http.PostAsync(new Uri($"/tickets/{seed.Ticket}/valorizacao/nova", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var extra = Assert.Single((await app.WithTickets((ITicketQueries t) => t.GetTicketAsync(seed.Ticket, CancellationToken.None)))!.Extras);
        Assert.Equal(500m, extra.Total);
        Assert.Equal("nota.pdf", extra.AttachmentName);
    }
}
