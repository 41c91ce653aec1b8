using Tiflux.Api.Users;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal;

/// <summary>
/// Início: how many of the user's tickets are open, wait for their review or authorization, the contracts' consumption
/// in the current cycle (with "ver contratos" or "ver relatórios") and the tickets of the last 30 days.
/// </summary>
public sealed class IndexModel(
    ITicketQueries tickets, ITicketSetup setup, IBillingModule billing, PortalTicketActivity activity, TimeProvider clock) : PortalPageModel
{
    public int OpenTickets { get; private set; }

    public int AwaitingMyReview { get; private set; }

    /// <summary>Null when the user is no authoriser.</summary>
    public int? AwaitingMyAuthorization { get; private set; }

    /// <summary>Null when the user may see neither contracts nor reports.</summary>
    public IReadOnlyList<ContractUsageDto>? Usage { get; private set; }

    public IReadOnlyList<DailyTicketActivity> LastDays { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = Me;
        OpenTickets = (await tickets.ListTicketsAsync(PortalTicketAccess.For(me, new TicketListRequest(State: TicketState.Open, PageSize: 1)), cancellationToken)).TotalItems;
        var desks = await setup.GetDesksAsync(cancellationToken);
        AwaitingMyReview = (await tickets.ListTicketsAsync(PortalTicketAccess.ReviewQueue(me, desks, 1, 1), cancellationToken)).TotalItems;
        if (me.Has(PortalPermissions.AuthorizeNewTickets))
        {
            AwaitingMyAuthorization = (await tickets.ListTicketsAsync(PortalTicketAccess.AwaitingAuthorization(me, 1, 1), cancellationToken)).TotalItems;
        }

        if (me.Has(PortalPermissions.SeeContracts) || me.Has(PortalPermissions.SeeReports))
        {
            Usage = await billing.GetCurrentUsageAsync(me.ClientId, BrazilTime.Today(clock), cancellationToken);
        }

        LastDays = await activity.LastDaysAsync(me, cancellationToken);
    }
}
