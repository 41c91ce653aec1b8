using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal.Tickets;

/// <summary>
/// Abrir ticket: on a desk that serves the user's client, with the user as requester (their registered requestor when
/// the client has one with their e-mail), from the portal. When the client's authorization flow applies to the user,
/// the ticket waits for the authorisers (<see cref="IClientAuthorizers"/>) and the page says so.
/// </summary>
[Authorize(Policy = PortalPolicies.OpenTickets)]
[RequestSizeLimit(FileUploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = FileUploads.RequestLimit)]
public sealed class NewModel(
    ITicketLifecycle lifecycle, ITicketSetup setup, ITicketChoices choices, ITicketRequestors requestors, IClientAuthorizers authorizers,
    ITicketCatalog catalog)
    : PortalPageModel
{
    [BindProperty]
    public PortalTicketInput Input { get; set; } = new();

    public IReadOnlyList<DeskDto> Desks { get; private set; } = [];

    public IReadOnlyList<ChoiceDto> Resources { get; private set; } = [];

    public bool WaitsForAuthorization { get; private set; }

    /// <summary>The items of the desks that require one to open a ticket; null when none does.</summary>
    public CatalogItemSelect? CatalogItems { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Input.DeskId is not { } deskId || Desks.All(d => d.Id != deskId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(PortalTicketInput.DeskId)}", "Escolha a mesa de serviço.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var me = Me;
        var requestor = await RequestorAsync(me, cancellationToken);
        var result = await lifecycle.CreateTicketAsync(
            new CreateTicketRequest(Input.Title ?? "", Input.Description ?? "", me.ClientId, Input.DeskId!.Value, Input.PriorityId,
                null, null, me.Name, me.Email, Input.ResourceId)
            {
                RequestorId = requestor,
                Origin = TicketOrigin.ClientPortal,
                Files = await FileUploads.ReadAsync(Input.Files, cancellationToken),
                ServicesCatalogItemId = Input.ServicesCatalogItemId,
                Authorizers = WaitsForAuthorization ? await authorizers.GetAuthorizerEmailsAsync(me.ClientId, cancellationToken) : [],
            },
            Actor,
            cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<PortalTicketInput>(result, nameof(Input));
            return Page();
        }

        TempData["Flash"] = WaitsForAuthorization
            ? $"Ticket #{result.Value} aberto. Ele aguarda a autorização de um responsável do seu cliente antes de entrar na fila de atendimento."
            : $"Ticket #{result.Value} aberto.";
        return Redirect($"/portal/tickets/{result.Value}");
    }

    /// <summary>The desks that serve the client (a desk with no client list serves every client).</summary>
    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var me = Me;
        Desks = [.. (await setup.GetDesksAsync(cancellationToken)).Where(d => d.ClientIds.Count == 0 || d.ClientIds.Contains(me.ClientId))];
        Resources = await choices.GetResourceChoicesAsync(me.ClientId, cancellationToken);
        WaitsForAuthorization = await authorizers.RequiresAuthorizationAsync(me.ClientId, me, cancellationToken);
        CatalogItems = await CatalogItemsAsync(cancellationToken);
    }

    /// <summary>
    /// The page does not post back on a desk change, so the select holds the items of every desk that requires one,
    /// grouped under the desk's name when more than one does; the module refuses an item of another desk.
    /// </summary>
    private async Task<CatalogItemSelect?> CatalogItemsAsync(CancellationToken cancellationToken)
    {
        var requiring = new List<DeskDto>();
        foreach (var desk in Desks)
        {
            if ((await catalog.GetDeskSettingsAsync(desk.Id, cancellationToken))?.RequireCatalogItemToOpen == true)
            {
                requiring.Add(desk);
            }
        }

        if (requiring.Count == 0)
        {
            return null;
        }

        var options = new List<CatalogItemOption>();
        foreach (var desk in requiring)
        {
            var items = await CatalogItemChoices.OfDeskAsync(catalog, desk.Id, cancellationToken);
            options.AddRange(requiring.Count == 1 ? items : items.Select(i => i with { Group = $"{desk.Name}: {i.Group}" }));
        }

        var names = string.Join(", ", requiring.Select(d => d.Name));
        var label = Desks.Count == 1 ? "Item do catálogo de serviços (obrigatório)"
            : requiring.Count == 1 ? $"Item do catálogo de serviços (obrigatório na mesa {names})"
            : $"Item do catálogo de serviços (obrigatório nas mesas {names})";
        return new CatalogItemSelect($"{nameof(Input)}.{nameof(PortalTicketInput.ServicesCatalogItemId)}", label, "Escolha…", options, Input.ServicesCatalogItemId);
    }

    /// <summary>The client's active requestor with the user's e-mail, so the ticket is theirs in every list; else null.</summary>
    private async Task<Guid?> RequestorAsync(PortalUser me, CancellationToken cancellationToken)
    {
        var found = await requestors.ListRequestorsAsync(new RequestorListRequest(ClientId: me.ClientId, Email: me.Email, Active: true, PageSize: 5), cancellationToken);
        return found.Items.FirstOrDefault(r => string.Equals(r.Email, me.Email, StringComparison.OrdinalIgnoreCase))?.Id;
    }
}
