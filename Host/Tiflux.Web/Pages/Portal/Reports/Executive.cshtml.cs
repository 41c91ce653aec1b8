using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Api.Users;
using Tiflux.Billing.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal.Reports;

/// <summary>
/// Portal › Relatórios › Executivo: one page summing up a period for the current client — tickets opened, closed and
/// cancelled (only the user's own tickets without "ver todos os tickets do cliente"), contract hours by attendance mode
/// (the consumption statement's entries), the ratings given to the tickets closed in the period and, with "ver valores",
/// what was billed.
/// </summary>
[Authorize(Policy = PortalPolicies.SeeReports)]
public sealed class ExecutiveModel(ITicketQueries tickets, IReportingModule reporting, IBillingWorkflow billing, TimeProvider clock) : PageModel
{
    [BindProperty(Name = "de", SupportsGet = true)]
    public DateOnly? FromInput { get; set; }

    [BindProperty(Name = "ate", SupportsGet = true)]
    public DateOnly? ToInput { get; set; }

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public int Opened { get; private set; }

    public int Closed { get; private set; }

    public int Cancelled { get; private set; }

    /// <summary>Ratings given at review to the tickets closed in the period.</summary>
    public TicketRatingSummary Ratings { get; private set; } = new(0, null);

    /// <summary>Contract hours (billable entries, warranty out) by attendance mode, as the statement lists them.</summary>
    public IReadOnlyList<(string Mode, string Hours)> HoursByMode { get; private set; } = [];

    public string TotalHours { get; private set; } = "";

    /// <summary>Billings of the period (not reversed) and their total; null without "ver valores".</summary>
    public (int Count, string Total)? Billed { get; private set; }

    public string? ErrorMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PortalReportUser.From(User) is not { } user)
        {
            return Forbid();
        }

        (From, To, ErrorMessage) = ReportPeriod.Read(FromInput, ToInput, BrazilTime.Today(clock));
        if (ErrorMessage is not null)
        {
            return Page();
        }

        var mine = user.Has(PortalPermissions.SeeAllClientTickets) ? null : user.Email;
        // The period's São Paulo days as instants: from the first day's start to just before the day after the last.
        var since = BrazilTime.StartOf(From);
        var until = BrazilTime.StartOf(To.AddDays(1)).AddTicks(-1);
        var period = new TicketListRequest(ClientId: user.ClientId) { Participant = mine, Since = since, Until = until };
        Opened = await CountAsync(period, cancellationToken);
        Cancelled = await CountAsync(period with { State = TicketState.Cancelled }, cancellationToken);
        var closed = period with { States = [TicketState.AwaitingReview, TicketState.Reviewed], ByClosingTime = true };
        Closed = await CountAsync(closed, cancellationToken);
        Ratings = await tickets.GetRatingSummaryAsync(closed, cancellationToken);

        var statement = await reporting.GetConsumptionStatementAsync(
            new ConsumptionStatementRequest(user.ClientId, null, From, To, ConsumptionStatementFormat.Xlsx, showValues: false), cancellationToken);
        if (statement.IsSuccess)
        {
            var counted = statement.Value.Contracts.SelectMany(c => c.Entries).Where(e => !e.Warranty).ToList();
            HoursByMode = [.. counted.GroupBy(e => e.Mode).OrderBy(g => g.Key, PtBr.Collator).Select(g => (g.Key, PtBr.Hhmm(g.Sum(e => e.Minutes))))];
            TotalHours = PtBr.Hhmm(counted.Sum(e => e.Minutes));
        }

        if (user.Has(PortalPermissions.SeeValues))
        {
            var history = await billing.GetHistoryAsync(
                new BillingHistoryRequest(From, To, null, null, user.ClientId, null, null, null, PageSize: 1) { NotReversed = true }, cancellationToken);
            if (history.IsSuccess)
            {
                Billed = (history.Value.CountedBillings, PtBr.Money(history.Value.TotalRealValue));
            }
        }

        return Page();
    }

    private async Task<int> CountAsync(TicketListRequest request, CancellationToken cancellationToken) =>
        (await tickets.ListTicketsAsync(request with { PageSize = 1 }, cancellationToken)).TotalItems;
}
