using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Identity;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Tickets;

public sealed class IndexModel(
    ITicketQueries tickets, ITicketChoices choices, ITicketSetup setup, UserManager<TifluxUser> users, IGroupAdministration groups,
    ITicketRequestors requestors, ITicketCatalog catalog, TimeProvider time) : TicketsPageModel
{
    /// <summary>The instant the SLA states of the page are evaluated at.</summary>
    public DateTimeOffset Now { get; } = time.GetUtcNow();

    /// <summary>How many requestors of the chosen client the filter offers (by name; the e-mail filter reaches any other).</summary>
    public const int RequestorChoices = PagedList.MaxSize;

    [BindProperty(SupportsGet = true, Name = "cliente")]
    public Guid? ClientId { get; set; }

    [BindProperty(SupportsGet = true, Name = "mesa")]
    public Guid? DeskId { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public Guid? StatusId { get; set; }

    [BindProperty(SupportsGet = true, Name = "estagio")]
    public Guid? StageId { get; set; }

    [BindProperty(SupportsGet = true, Name = "situacao")]
    public TicketState? State { get; set; }

    /// <summary>Null lists every ticket in the desks' queue; "Aguardando autorização" lists those still waiting for the client.</summary>
    [BindProperty(SupportsGet = true, Name = "autorizacao")]
    public TicketAuthorization? Authorization { get; set; }

    [BindProperty(SupportsGet = true, Name = "tecnico")]
    public Guid? TechnicianId { get; set; }

    /// <summary>Tickets whose responsible is in this Grupo de atendentes.</summary>
    [BindProperty(SupportsGet = true, Name = "equipe")]
    public Guid? AttendantGroupId { get; set; }

    [BindProperty(SupportsGet = true, Name = "revisado")]
    public bool? Reviewed { get; set; }

    [BindProperty(SupportsGet = true, Name = "faturado")]
    public bool? Billed { get; set; }

    [BindProperty(SupportsGet = true, Name = "de")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "ate")]
    public DateOnly? To { get; set; }

    /// <summary>Tickets of this registered requestor.</summary>
    [BindProperty(SupportsGet = true, Name = "solicitante")]
    public Guid? RequestorId { get; set; }

    /// <summary>Tickets whose requester e-mail is this one (registered requestor or not).</summary>
    [BindProperty(SupportsGet = true, Name = "email")]
    public string? RequesterEmail { get; set; }

    /// <summary>Tickets carrying this service catalog item.</summary>
    [BindProperty(SupportsGet = true, Name = "item")]
    public Guid? CatalogItemId { get; set; }

    [BindProperty(SupportsGet = true, Name = "busca")]
    public string? Text { get; set; }

    /// <summary>SLA expiring by the end of this day (open, unpaused tickets, late ones included).</summary>
    [BindProperty(SupportsGet = true, Name = "sla_ate")]
    public DateOnly? SlaUntil { get; set; }

    /// <summary>"sla": earliest solution deadline first.</summary>
    [BindProperty(SupportsGet = true, Name = "ordem")]
    public string? Order { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public PagedList<TicketSummary> Result { get; private set; } = new([], 1, 25, 0);

    public IReadOnlyList<ChoiceDto> Clients { get; private set; } = [];

    public IReadOnlyList<DeskDto> Desks { get; private set; } = [];

    public IReadOnlyList<ChoiceDto> Technicians { get; private set; } = [];

    public IReadOnlyList<AttendantGroupDto> AttendantGroups { get; private set; } = [];

    /// <summary>The chosen client's requestors, and the filtered requestor even without a client.</summary>
    public IReadOnlyList<RequestorDto> Requestors { get; private set; } = [];

    /// <summary>The catalog item filter: the chosen desk's items (every desk's without one), and the filtered item.</summary>
    public CatalogItemSelect CatalogItems { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Clients = await choices.GetClientChoicesAsync(cancellationToken);
        Desks = await setup.GetDesksAsync(cancellationToken);
        Technicians = await StaffDirectory.ListAsync(users);
        AttendantGroups = await groups.AttendantGroupsAsync(cancellationToken);
        Requestors = await RequestorChoicesAsync(cancellationToken);
        CatalogItems = new CatalogItemSelect("item", "Item do catálogo", "Todos",
            await CatalogItemChoices.OfDesksAsync(catalog, DeskId is { } desk ? [desk] : Desks.Select(d => d.Id), CatalogItemId, cancellationToken),
            CatalogItemId, ShowsError: false);
        Result = await tickets.ListTicketsAsync(
            new TicketListRequest(ClientId, DeskId, StatusId, StageId, State, TechnicianId, Reviewed, Billed, From, To, Text, PageNumber, 25)
            {
                ResponsibleIds = AttendantGroupId is { } team ? [.. await groups.MembersOfAsync([team], cancellationToken)] : null,
                RequestorId = RequestorId,
                Authorization = Authorization,
                RequesterEmail = string.IsNullOrWhiteSpace(RequesterEmail) ? null : RequesterEmail.Trim(),
                SlaExpiringBefore = SlaUntil is { } day ? BrazilTime.StartOf(day.AddDays(1)) : null,
                OrderBySlaDeadline = Order == "sla",
                ServicesCatalogItemIds = CatalogItemId is { } item ? [item] : null,
            },
            cancellationToken);
    }

    private async Task<IReadOnlyList<RequestorDto>> RequestorChoicesAsync(CancellationToken cancellationToken)
    {
        var offered = ClientId is { } client
            ? (await requestors.ListRequestorsAsync(new RequestorListRequest(ClientId: client, PageSize: RequestorChoices), cancellationToken)).Items
            : [];
        if (RequestorId is { } chosen && offered.All(r => r.Id != chosen) && await requestors.GetRequestorAsync(chosen, cancellationToken) is { } requestor)
        {
            return [requestor, .. offered];
        }

        return offered;
    }

    public string PageUrl(int page)
    {
        var query = Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        query["pagina"] = page.ToString(PtBr.Culture);
        return "/tickets?" + string.Join("&", query.Where(q => q.Value.Length > 0).Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
    }
}
