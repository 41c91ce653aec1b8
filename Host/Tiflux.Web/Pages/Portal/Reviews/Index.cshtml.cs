using Microsoft.AspNetCore.Mvc;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal.Reviews;

/// <summary>
/// Revisões: the client's tickets awaiting review that the user may review (their own; every requester's with
/// "revisar tickets de outros solicitantes"), each with Aprovar and Reprovar.
/// </summary>
public sealed class IndexModel(ITicketQueries tickets, ITicketSetup setup) : PortalPageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public PagedList<TicketSummary> List { get; private set; } = new([], 1, PageSize, 0);

    public ListPager Pager => ListPager.For(List, "/portal/revisoes", []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var desks = await setup.GetDesksAsync(cancellationToken);
        List = await tickets.ListTicketsAsync(PortalTicketAccess.ReviewQueue(Me, desks, Math.Max(PageNumber, 1), PageSize), cancellationToken);
    }
}
