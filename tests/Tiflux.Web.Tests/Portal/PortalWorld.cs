using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.TestKit;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Tests.Conversation;

namespace Tiflux.Web.Tests.Portal;

/// <summary>
/// A client served by a desk of its own with review (requester or staff reviews) and valuation, and a standalone
/// service at R$ 120,00/h remote — set up through the modules' facades, as staff would. Tickets are opened by staff
/// for a requester e-mail, so each test decides whose they are.
/// </summary>
internal sealed class PortalWorld
{
    public const decimal RemoteRate = 120m;

    private PortalWorld(TifluxAppFactory app) => App = app;

    public TifluxAppFactory App { get; }

    /// <summary>One technician per world: entries of different tests on the same hours must not overlap.</summary>
    private ActorDto Technician { get; } = new(Guid.CreateVersion7(), "Técnica do portal", MayHandleMoney: true);

    public Guid ClientId { get; private set; }

    public Guid DeskId { get; private set; }

    public Guid ServiceId { get; private set; }

    public static async Task<PortalWorld> CreateAsync(TifluxAppFactory app, ReviewerKind reviewers = ReviewerKind.Both)
    {
        var world = new PortalWorld(app);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        world.ClientId = Ok(await sp.GetRequiredService<IClientsAdministration>().CreateClientAsync(
            new SaveClientRequest("Portal " + suffix, "Portal " + suffix + " Ltda", Billing.BillingScenario.NewCpf(), [], ClosingReportLayout.Detailed, ""), default));
        world.ServiceId = Ok(await sp.GetRequiredService<ICatalogAdministration>().SaveStandaloneServiceAsync(
            null, new SaveStandaloneServiceRequest("Avulso " + suffix, world.ClientId, 200m, RemoteRate, 150m, true), default));
        world.DeskId = Ok(await sp.GetRequiredService<ITicketSetup>().SaveDeskAsync(
            new SaveDeskRequest(null, "Mesa " + suffix, ["Triagem", "Atendimento"],
                [new("Aberto", StatusKind.Open), new("Fechado", StatusKind.Closed), new("Cancelado", StatusKind.Cancelled)],
                ["Normal", "Urgente"], [world.ClientId], DeskValuationMode.WithValuation, true, reviewers, 72, false),
            default));
        return world;
    }

    /// <summary>A ticket of the client opened by staff for <paramref name="requesterEmail"/>.</summary>
    public async Task<int> OpenTicketAsync(string title, string requesterEmail, params string[] followers)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return Ok(await scope.ServiceProvider.GetRequiredService<ITicketLifecycle>().CreateTicketAsync(
            new CreateTicketRequest(title, "Descrição de " + title, ClientId, DeskId, null, null, null, "Solicitante", requesterEmail, null)
            {
                Followers = followers,
            },
            Technician,
            default));
    }

    /// <summary>A ticket opened on the portal's form by <paramref name="browser"/>'s user on the world's desk; returns its number.</summary>
    public async Task<int> OpenFromPortalAsync(AppClient browser, string title, params FilePart[] files)
    {
        using var posted = await ConversationWorld.PostMultipartAsync(browser, "/portal/tickets/novo", "#new-ticket-form",
            new Dictionary<string, string> { ["Input.DeskId"] = DeskId.ToString(), ["Input.Title"] = title, ["Input.Description"] = "Descrição de " + title },
            files);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        return int.Parse(posted.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>An internal note with a file; returns the file's id.</summary>
    public async Task<Guid> AddInternalNoteAsync(int number, string text)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var note = Ok(await scope.ServiceProvider.GetRequiredService<ITicketConversation>().SaveInternalNoteAsync(
            new SaveInternalNoteRequest(number, null, $"<p>{text}</p>", [new AttachmentUploadDto("interno.pdf", "application/pdf", SampleFiles.Pdf)]),
            Technician,
            default));
        return Assert.Single(note.Files).Id;
    }

    /// <summary>A staff answer with a file; returns the file's id.</summary>
    public async Task<Guid> AnswerAsync(int number, string text)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var posted = Ok(await scope.ServiceProvider.GetRequiredService<ITicketConversation>().PostAnswerAsync(
            new PostAnswerRequest(number, $"<p>{text}</p>", AnswerOrigin.TifluxWeb, [new AttachmentUploadDto("laudo.pdf", "application/pdf", SampleFiles.Pdf)]),
            Technician,
            default));
        return Assert.Single(posted.Answer.Files).Id;
    }

    /// <summary>One hour of standalone remote work yesterday, then closed: the ticket awaits review.</summary>
    public async Task WorkAndCloseAsync(int number)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        Ok(await sp.GetRequiredService<ITicketWork>().SaveTimeEntryAsync(
            new SaveTimeEntryRequest(number, null, Billing.BillingScenario.Today.AddDays(-1), new TimeOnly(9, 0), new TimeOnly(10, 0),
                Technician.UserId, Technician.Name, "Atendimento remoto", AttendanceMode.Remote, EntryKind.Standalone, null, ServiceId),
            Technician,
            default));
        var closed = await sp.GetRequiredService<ITicketLifecycle>().CloseTicketAsync(number, Technician, default);
        Assert.True(closed.IsSuccess, string.Join("; ", closed.Errors.Select(e => e.Message)));
    }

    public async Task<TicketDto> TicketAsync(int number)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ITicketQueries>().GetTicketAsync(number, default))!;
    }

    /// <summary>The ticket numbers of the client's pending billing lines today.</summary>
    public async Task<IReadOnlyList<int?>> PendingTicketNumbersAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var lines = await scope.ServiceProvider.GetRequiredService<IBillingModule>().GetPendingLinesAsync(
            new PendingRequest(Billing.BillingScenario.Today, null, [ClientId], PendingScope.Both), default);
        return [.. lines.Select(l => l.TicketNumber)];
    }

    public async Task SetAuthorizationFlowAsync(bool on)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IClientsAdministration>().SetAuthorizationFlowAsync(ClientId, on, default);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    /// <summary>The numbers a signed-in browser's page lists in the table <paramref name="selector"/> (rows with data-number).</summary>
    public static async Task<IReadOnlyList<int>> NumbersAsync(AppClient browser, string url, string selector)
    {
        var page = await browser.GetPageAsync(url);
        return [.. page.QuerySelectorAll($"{selector} [data-number]").Select(r => int.Parse(r.GetAttribute("data-number")!, System.Globalization.CultureInfo.InvariantCulture))];
    }

    public static async Task<HttpStatusCode> StatusAsync(AppClient browser, string url)
    {
        using var response = await browser.GetAsync(url);
        return response.StatusCode;
    }

    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }
}
