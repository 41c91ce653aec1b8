using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Tickets;

public sealed class IndexModel(
    ITicketQueries tickets, ITicketChoices choices, ITicketSetup setup, UserManager<TifluxUser> users, IGroupAdministration groups) : TicketsPageModel
{
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

    [BindProperty(SupportsGet = true, Name = "busca")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public PagedList<TicketSummary> Result { get; private set; } = new([], 1, 25, 0);

    public IReadOnlyList<ChoiceDto> Clients { get; private set; } = [];

    public IReadOnlyList<DeskDto> Desks { get; private set; } = [];

    public IReadOnlyList<ChoiceDto> Technicians { get; private set; } = [];

    public IReadOnlyList<AttendantGroupDto> AttendantGroups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Clients = await choices.GetClientChoicesAsync(cancellationToken);
        Desks = await setup.GetDesksAsync(cancellationToken);
        Technicians = await StaffDirectory.ListAsync(users);
        AttendantGroups = await groups.AttendantGroupsAsync(cancellationToken);
        Result = await tickets.ListTicketsAsync(
            new TicketListRequest(ClientId, DeskId, StatusId, StageId, State, TechnicianId, Reviewed, Billed, From, To, Text, PageNumber, 25)
            {
                ResponsibleIds = AttendantGroupId is { } team ? [.. await groups.MembersOfAsync([team], cancellationToken)] : null,
            },
            cancellationToken);
    }

    public string PageUrl(int page)
    {
        var query = Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        query["pagina"] = page.ToString(PtBr.Culture);
        return "/tickets?" + string.Join("&", query.Where(q => q.Value.Length > 0).Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"));
    }
}
