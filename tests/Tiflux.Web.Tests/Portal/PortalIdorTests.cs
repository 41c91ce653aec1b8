using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Api.Users;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Identity;
using Tiflux.Web.Tests.Permissions;

namespace Tiflux.Web.Tests.Portal;

/// <summary>
/// Every portal page, enumerated from the endpoint data source, given another client's ticket numbers, ids, contract
/// and file ids — in the path, in the query and in every POST handler — never shows or changes that client's data,
/// and never shows internal notes, even of the user's own client.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class PortalIdorTests(AppFixture app)
{
    private const PortalPermissions Everything = (PortalPermissions)255;

    private sealed record ClientWorld(Guid ClientId, string ClientName, int ReviewTicket, int PendingTicket, Guid TicketId, Guid ContractId,
        string ContractName, IReadOnlyList<Guid> FileIds, string Secret, string NoteText);

    [Fact]
    public async Task EveryPortalRoute_WithAnotherClientsIds_AnswersWithoutTheirDataAndChangesNothing()
    {
        var own = await CreateClientAsync("A");
        var other = await CreateClientAsync("B");
        var (portal, _, _) = await app.Factory.SignInAsClientUserAsync(own.ClientId, Everything);
        using var browser = portal;
        var routes = (await PageRoute.PagesAsync(app.Factory.Services)).Where(r => r.Route.StartsWith("/portal", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(routes);
        Assert.Contains(routes, r => r.Pattern.Parameters.Count > 0);
        var before = await SnapshotAsync(other);
        var token = await AntiforgeryTokenAsync(browser);
        var markers = new[] { other.ClientName, other.Secret, other.ContractName, other.NoteText, own.NoteText };

        var requests = 0;
        foreach (var route in routes)
        {
            foreach (var url in UrlsFor(route.Pattern, other))
            {
                using var get = await browser.GetAsync(url);
                await AssertNothingLeaksAsync(get, url, markers);
                foreach (var handler in PostHandlers(route))
                {
                    var target = handler is null ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler;
                    using var post = await browser.Http.PostAsync(new Uri(target, UriKind.Relative), Form(token, other));
                    await AssertNothingLeaksAsync(post, "POST " + target, markers);
                    requests++;
                }

                requests++;
            }
        }

        Assert.True(requests >= routes.Count);
        Assert.Equal(before, await SnapshotAsync(other));
    }

    [Fact]
    public async Task StaffPages_AreClosedToClientUsers_AndPortalPagesToStaff()
    {
        var own = await CreateClientAsync("C");
        var (portal, _, _) = await app.Factory.SignInAsClientUserAsync(own.ClientId, Everything);
        using var browser = portal;
        using var staff = await app.Factory.SignInAsAdminAsync();
        var routes = await PageRoute.PagesAsync(app.Factory.Services);
        var staffPages = routes.Where(r => !r.IsAnonymous && r.Pattern.Parameters.Count == 0
            && !r.Route.StartsWith("/portal", StringComparison.Ordinal) && !r.Route.StartsWith("/conta", StringComparison.Ordinal)
            && r.Route != "/" && !r.Route.StartsWith("/erro", StringComparison.Ordinal)).ToList();
        var portalPages = routes.Where(r => r.Route.StartsWith("/portal", StringComparison.Ordinal) && r.Pattern.Parameters.Count == 0).ToList();
        Assert.NotEmpty(staffPages);
        Assert.NotEmpty(portalPages);

        foreach (var page in staffPages)
        {
            using var response = await browser.GetAsync(page.Url);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Redirect,
                $"{page.Route} answered {(int)response.StatusCode} to a client user");
        }

        foreach (var page in portalPages)
        {
            using var response = await staff.GetAsync(page.Url);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Redirect,
                $"{page.Route} answered {(int)response.StatusCode} to staff");
        }
    }

    /// <summary>The check itself catches a page that shows another client's data, and a server error.</summary>
    [Fact]
    public async Task LeakCheck_CatchesAMarkerInThePage_AndA5xx()
    {
        using var leaking = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<td>Assunto secreto B1</td>") };
        using var failing = new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent("") };
        using var clean = new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("Não encontrado") };

        await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => AssertNothingLeaksAsync(leaking, "self-test", ["Assunto secreto B1"]));
        await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => AssertNothingLeaksAsync(failing, "self-test", []));
        await AssertNothingLeaksAsync(clean, "self-test", ["Assunto secreto B1"]);
    }

    private static async Task AssertNothingLeaksAsync(HttpResponseMessage response, string what, IReadOnlyList<string> markers)
    {
        Assert.True((int)response.StatusCode < 500, $"{what} answered {(int)response.StatusCode}");
        var body = await response.Content.ReadAsStringAsync();
        foreach (var marker in markers)
        {
            Assert.False(body.Contains(marker, StringComparison.Ordinal), $"{what} shows '{marker}'");
        }
    }

    /// <summary>The route with each of the other client's records in its parameters, plus their ids in the usual query names.</summary>
    private static IEnumerable<string> UrlsFor(RoutePattern pattern, ClientWorld other)
    {
        var guids = new[] { other.ClientId, other.ContractId, other.TicketId }.Concat(other.FileIds).ToList();
        var numbers = new[] { other.ReviewTicket, other.PendingTicket };
        var query = string.Create(CultureInfo.InvariantCulture,
            $"?cliente={other.ClientId}&clientId={other.ClientId}&contrato={other.ContractId}&contractId={other.ContractId}&ticket={other.ReviewTicket}&numero={other.ReviewTicket}");
        var variants = pattern.Parameters.Count == 0 ? [[]] : Enumerable.Range(0, Math.Max(guids.Count, numbers.Length)).Select(i => pattern.Parameters
            .Select(p => p.ParameterPolicies.Any(x => x.Content == "int")
                ? numbers[i % numbers.Length].ToString(CultureInfo.InvariantCulture)
                : guids[i % guids.Count].ToString())
            .ToList());
        foreach (var values in variants)
        {
            var index = 0;
            var path = "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternSeparatorPart separator => separator.Content,
                RoutePatternParameterPart => values[index++],
                _ => "",
            }))));
            yield return path;
            yield return path + query;
        }
    }

    private static IEnumerable<string?> PostHandlers(PageRoute route) =>
        route.Metadata.GetMetadata<CompiledPageActionDescriptor>()?.HandlerMethods
            .Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
            .Select(h => string.IsNullOrEmpty(h.Name) ? null : h.Name)
            .Distinct() ?? [];

    /// <summary>A form that would approve, authorise, answer or follow if the page accepted the other client's ticket.</summary>
    private static FormUrlEncodedContent Form(string token, ClientWorld other) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token,
        ["Approve"] = "true", ["approve"] = "true", ["Rating"] = "5", ["rating"] = "5", ["Comment"] = "ok", ["Reason"] = "motivo",
        ["reason"] = "motivo", ["Html"] = "<p>invasão</p>", ["Text"] = "invasão", ["Number"] = other.ReviewTicket.ToString(CultureInfo.InvariantCulture),
        ["ClientId"] = other.ClientId.ToString(), ["clientId"] = other.ClientId.ToString(),
    });

    private static async Task<string> AntiforgeryTokenAsync(AppClient browser)
    {
        var page = await browser.GetPageAsync("/portal");
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The portal layout has no antiforgery token.");
    }

    /// <summary>What an attack could change: states, authorization, answers, followers, rating.</summary>
    private async Task<string> SnapshotAsync(ClientWorld world)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<ITicketQueries>();
        var conversation = scope.ServiceProvider.GetRequiredService<ITicketConversation>();
        var parts = new List<string>();
        foreach (var number in new[] { world.ReviewTicket, world.PendingTicket })
        {
            var t = (await queries.GetTicketAsync(number, default))!;
            var answers = (await conversation.ListAnswersAsync(number, 1, 50, default)).Value.Items.Count;
            parts.Add($"{t.State}|{t.Authorization}|{t.Rating}|{string.Join(',', t.Followers)}|{answers}|{t.ReopenCount}");
        }

        return string.Join(";", parts);
    }

    private async Task<ClientWorld> CreateClientAsync(string tag)
    {
        var suffix = tag + Guid.NewGuid().ToString("N")[..8];
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var name = "Cliente Sigiloso " + suffix;
        var client = Ok(await sp.GetRequiredService<IClientsAdministration>().CreateClientAsync(
            new SaveClientRequest(name, name + " Ltda", Billing.BillingScenario.NewCpf(), [], ClosingReportLayout.Detailed, ""), default));
        var setup = sp.GetRequiredService<ITicketSetup>();
        var desk = Ok(await setup.SaveDeskAsync(new SaveDeskRequest(
            null, "Mesa " + suffix, ["Triagem", "Atendimento"], [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
            ["Normal"], [client], DeskValuationMode.WithoutValuation, true, ReviewerKind.Both, 72, false), default));
        var admin = (await sp.GetRequiredService<UserManager<TifluxUser>>().FindByEmailAsync(TifluxAppFactory.AdminEmail))!;
        var actor = new ActorDto(admin.Id, "Admin", true);
        var lifecycle = sp.GetRequiredService<ITicketLifecycle>();
        var secret = "Assunto secreto " + suffix;
        var review = Ok(await lifecycle.CreateTicketAsync(
            new CreateTicketRequest(secret, "Detalhe " + suffix, client, desk, null, null, null, "Solicitante " + suffix, $"sol-{suffix}@cliente.example", null), actor, default));
        var pending = Ok(await lifecycle.CreateTicketAsync(
            new CreateTicketRequest(secret + " pendente", "Detalhe", client, desk, null, null, null, "Solicitante", $"sol-{suffix}@cliente.example", null)
            {
                Authorizers = [$"gerente-{suffix}@cliente.example"],
            },
            actor, default));
        var conversation = sp.GetRequiredService<ITicketConversation>();
        var answer = Ok(await conversation.PostAnswerAsync(
            new PostAnswerRequest(review, "<p>Resposta pública</p>", AnswerOrigin.TifluxWeb, [new AttachmentUploadDto("laudo.pdf", "application/pdf", SampleFiles.Pdf)]), actor, default));
        var noteText = "Nota interna " + suffix;
        var note = Ok(await conversation.SaveInternalNoteAsync(
            new SaveInternalNoteRequest(review, null, noteText, [new AttachmentUploadDto("interno.pdf", "application/pdf", SampleFiles.Pdf)]), actor, default));
        Assert.True((await lifecycle.CloseTicketAsync(review, actor, default)).IsSuccess);
        var contracts = sp.GetRequiredService<IContractsAdministration>();
        var type = Ok(await contracts.CreateContractTypeAsync("Livre " + suffix, ContractModality.Free, default));
        var start = new DateOnly(Billing.BillingScenario.Today.Year, Billing.BillingScenario.Today.Month, 1).AddMonths(-1);
        var contractName = "Contrato sigiloso " + suffix;
        var contract = Ok(await contracts.CreateContractAsync(new CreateContractRequest(client, type,
            new ContractSettingsRequest(contractName, BillingTiming.InAdvance, 5, false, start, null, null, false, CycleAnchor.CalendarMonth, null, null, true, "", null, null, 0, 0, false, null, [], []),
            new RiderTermsRequest(start, null, 10, 150m, 0m, DiscountType.Currency, null, null, null, null, null, null, null, null, [], ""), "teste"), default));
        var ticketId = (await sp.GetRequiredService<ITicketQueries>().GetTicketAsync(review, default))!.Id;
        return new ClientWorld(client, name, review, pending, ticketId, contract, contractName,
            [.. answer.Answer.Files.Select(f => f.Id), .. note.Files.Select(f => f.Id)], secret, noteText);
    }

    private static T Ok<T>(Result<T> result) =>
        result.IsSuccess ? result.Value : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
}
