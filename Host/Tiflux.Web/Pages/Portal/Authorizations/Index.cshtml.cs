using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal.Authorizations;

/// <summary>Autorizações: the client's new tickets waiting for an authoriser, each with Autorizar and Recusar.</summary>
[Authorize(Policy = PortalPolicies.AuthorizeNewTickets)]
public sealed class IndexModel(ITicketQueries tickets) : PortalPageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public PagedList<TicketSummary> List { get; private set; } = new([], 1, PageSize, 0);

    public ListPager Pager => ListPager.For(List, "/portal/autorizacoes", []);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        List = await tickets.ListTicketsAsync(PortalTicketAccess.AwaitingAuthorization(Me, Math.Max(PageNumber, 1), PageSize), cancellationToken);
}
