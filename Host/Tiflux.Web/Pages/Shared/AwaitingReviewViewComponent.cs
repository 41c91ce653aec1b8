using Microsoft.AspNetCore.Mvc;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Shared;

/// <summary>
/// "Aguardando revisão": per client, the work on tickets not yet reviewed (not in pending billing yet), as the Billing
/// module counts and values it. A view component so the pending list, the billing screen and the client page each add
/// one line; one read per render whatever the number of clients.
/// </summary>
public sealed class AwaitingReviewViewComponent(IBillingModule billing) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(IReadOnlyCollection<Guid>? clientIds, PendingScope scope, bool showClient)
    {
        var rows = await billing.GetAwaitingReviewAsync(
            new AwaitingReviewRequest(clientIds is { Count: > 0 } ? clientIds : null, scope), HttpContext.RequestAborted);
        var block = new AwaitingReviewBlock(rows, UserClaimsPrincipal.Has(Permissions.ValuesView), showClient);
        return View("/Pages/Shared/_AwaitingReview.cshtml", block);
    }
}

/// <summary>
/// What <c>_AwaitingReview.cshtml</c> shows; <see cref="ShowClient"/> false on a one-client page. At most
/// <see cref="MaxRows"/> clients are listed (the footer totals every client): at 1,000 clients the list names the
/// first ones and the client filter finds the rest.
/// </summary>
public sealed record AwaitingReviewBlock(IReadOnlyList<AwaitingReviewSummary> Rows, bool CanSeeMoney, bool ShowClient)
{
    public const int MaxRows = 50;

    /// <summary>Ticket numbers named per client; the count says how many there are.</summary>
    public const int MaxTicketNumbers = 10;

    public IEnumerable<AwaitingReviewSummary> Shown => Rows.Take(MaxRows);

    /// <summary>"#12, #15, … e mais 30": the first <see cref="MaxTicketNumbers"/> numbers of a client's tickets.</summary>
    public static string TicketList(IReadOnlyList<int> numbers) =>
        string.Join(", ", numbers.Take(MaxTicketNumbers).Select(n => "#" + n))
        + (numbers.Count > MaxTicketNumbers ? $" e mais {numbers.Count - MaxTicketNumbers}" : "");

    /// <summary>The ticket list filtered to the client's tickets awaiting review (the review queue itself has no client filter).</summary>
    public static string TicketsLink(Guid clientId) => $"/tickets?cliente={clientId}&situacao=AwaitingReview";
}
