using System.Net;
using Tiflux.Api.Users;
using Tiflux.TestKit;
using Tiflux.Web.Tests.Conversation;
using static Tiflux.Web.Tests.Portal.PortalWorld;

namespace Tiflux.Web.Tests.Portal;

/// <summary>Portal › Tickets as client users see it: which tickets, what of them, and what they may do on them.</summary>
[Collection(AppTestGroup.Name)]
public sealed class PortalTicketsTests(AppFixture app)
{
    [Fact]
    public async Task Without_see_all_the_list_shows_the_users_tickets_as_requester_or_follower_and_with_it_every_ticket_of_the_client()
    {
        var world = await CreateAsync(app.Factory);
        var (own, email, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, PortalPermissions.OpenTickets);
        using var _own = own;
        var (all, _, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, PortalPermissions.SeeAllClientTickets);
        using var _all = all;
        var mine = await world.OpenTicketAsync("Meu ticket", email);
        var followed = await world.OpenTicketAsync("Ticket que sigo", "outra@cliente.example", email);
        var others = await world.OpenTicketAsync("Ticket de outra pessoa", "outra@cliente.example");

        Assert.Equal(new[] { mine, followed }.Order(), (await NumbersAsync(own, "/portal/tickets", "#portal-tickets")).Order());
        Assert.Equal(new[] { mine, followed, others }.Order(), (await NumbersAsync(all, "/portal/tickets", "#portal-tickets")).Order());
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(own, $"/portal/tickets/{others}"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(all, $"/portal/tickets/{others}"));
    }

    [Fact]
    public async Task Another_clients_ticket_and_its_file_answer_404_even_with_every_permission()
    {
        var world = await CreateAsync(app.Factory);
        var other = await CreateAsync(app.Factory);
        var (browser, _, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, (PortalPermissions)255);
        using var _b = browser;
        var foreign = await other.OpenTicketAsync("Ticket de outro cliente", "alguem@outro.example");
        var foreignFile = await other.AnswerAsync(foreign, "Resposta do outro cliente");
        var mine = await world.OpenTicketAsync("Ticket do meu cliente", "alguem@cliente.example");

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(browser, $"/portal/tickets/{foreign}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(browser, $"/portal/tickets/{foreign}/arquivos/{foreignFile}"));
        // Another ticket's file through one's own ticket's route is no way round it either.
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(browser, $"/portal/tickets/{mine}/arquivos/{foreignFile}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(browser, $"/portal/revisoes/{foreign}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(browser, $"/portal/autorizacoes/{foreign}"));
        Assert.DoesNotContain(foreign, await NumbersAsync(browser, "/portal/tickets", "#portal-tickets"));
    }

    [Fact]
    public async Task Internal_notes_and_their_files_never_reach_the_portal_while_answers_and_their_files_do()
    {
        var world = await CreateAsync(app.Factory);
        var (browser, email, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, PortalPermissions.None);
        using var _b = browser;
        var number = await world.OpenTicketAsync("Ticket com nota", email);
        var noteFile = await world.AddInternalNoteAsync(number, "SEGREDO-INTERNO custo do fornecedor");
        var answerFile = await world.AnswerAsync(number, "Resposta pública ao cliente");

        using var response = await browser.GetAsync($"/portal/tickets/{number}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Resposta pública ao cliente", html, StringComparison.Ordinal);
        Assert.DoesNotContain("SEGREDO-INTERNO", html, StringComparison.Ordinal);
        Assert.DoesNotContain("interno.pdf", html, StringComparison.Ordinal);
        Assert.DoesNotContain(noteFile.ToString(), html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(browser, $"/portal/tickets/{number}/arquivos/{noteFile}"));
        using var download = await browser.GetAsync($"/portal/tickets/{number}/arquivos/{answerFile}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(SampleFiles.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", string.Join(",", download.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task A_client_user_opens_a_ticket_with_a_file_as_its_requester_from_the_portal()
    {
        var world = await CreateAsync(app.Factory);
        var (browser, email, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, PortalPermissions.OpenTickets);
        using var _b = browser;

        var number = await world.OpenFromPortalAsync(browser, "Impressora sem toner", new FilePart("Input.Files", "foto.png", "image/png", SampleFiles.Png));

        var ticket = await world.TicketAsync(number);
        Assert.Equal(email, ticket.RequesterEmail, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(Tiflux.Tickets.PublicApi.TicketOrigin.ClientPortal, ticket.Origin);
        Assert.Equal(Tiflux.Tickets.PublicApi.TicketAuthorization.NotRequired, ticket.Authorization);
        var page = await browser.GetPageAsync($"/portal/tickets/{number}");
        var file = Assert.Single(page.QuerySelectorAll("#ticket-files a"));
        Assert.Equal("foto.png", file.TextContent);
        using var download = await browser.GetAsync(file.GetAttribute("href")!);
        Assert.Equal(SampleFiles.Png, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Opening_tickets_needs_the_permission()
    {
        var world = await CreateAsync(app.Factory);
        var (browser, _, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, PortalPermissions.SeeAllClientTickets);
        using var _b = browser;

        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(browser, "/portal/tickets/novo"));
        Assert.Null((await browser.GetPageAsync("/portal/tickets")).QuerySelector("a[href='/portal/tickets/novo']"));
    }

    [Fact]
    public async Task The_users_answer_is_posted_as_the_clients_from_the_portal_and_shown_on_the_ticket()
    {
        var world = await CreateAsync(app.Factory);
        var (browser, email, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, PortalPermissions.None);
        using var _b = browser;
        var number = await world.OpenTicketAsync("Ticket para responder", email);

        using var posted = await ConversationWorld.PostMultipartAsync(browser, $"/portal/tickets/{number}", "#answer-form",
            new Dictionary<string, string> { ["Answer.Html"] = "<p>Ainda <strong>não</strong> funciona.</p>" },
            new FilePart("Answer.Files", "print.png", "image/png", SampleFiles.Png));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = await ConversationWorld.FollowAsync(browser, posted);
        var answer = Assert.Single(page.QuerySelectorAll("#canal-cliente li.answer"));
        Assert.Equal("não", answer.QuerySelector(".message-body strong")?.TextContent);
        Assert.Contains("via Portal do cliente", answer.TextContent, StringComparison.Ordinal);
        Assert.Equal("print.png", answer.QuerySelector(".message-files a")?.TextContent);
        Assert.True((await world.TicketAsync(number)).LastAnswerByClient);
    }

    [Fact]
    public async Task Following_adds_the_users_email_to_the_followers_and_unfollowing_removes_it()
    {
        var world = await CreateAsync(app.Factory);
        var (browser, email, _) = await app.Factory.SignInAsClientUserAsync(world.ClientId, PortalPermissions.SeeAllClientTickets);
        using var _b = browser;
        var number = await world.OpenTicketAsync("Ticket a seguir", "outra@cliente.example", "colega@cliente.example");

        using var follow = await browser.SubmitFormAsync($"/portal/tickets/{number}", new Dictionary<string, string>(), "#ticket-follow form");
        Assert.Equal(HttpStatusCode.Redirect, follow.StatusCode);
        Assert.Equal(new[] { "colega@cliente.example", email.ToLowerInvariant() }.Order(), (await world.TicketAsync(number)).Followers.Order());

        using var unfollow = await browser.SubmitFormAsync($"/portal/tickets/{number}", new Dictionary<string, string>(), "#ticket-follow form");
        Assert.Equal(HttpStatusCode.Redirect, unfollow.StatusCode);
        Assert.Equal(["colega@cliente.example"], (await world.TicketAsync(number)).Followers);
    }
}
