using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Identity;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Tickets;

public sealed class ReviewModel(ITicketQueries tickets, ITicketLifecycle lifecycle, UserManager<TifluxUser> users) : TicketsPageModel
{
    public IReadOnlyList<TicketSummary> Queue { get; private set; } = [];

    [BindProperty]
    public int Number { get; set; }

    [BindProperty]
    public ReviewInput Review { get; set; } = new();

    public int? FailedNumber { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Queue = await tickets.GetReviewQueueAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanReview)
        {
            return Forbid();
        }

        var result = await lifecycle.ReviewTicketAsync(
            new ReviewTicketRequest(Number, Review.Approve, ReviewerRole.PermissionedUser, Review.Rating, Review.Comment),
            await ActorAsync(users),
            cancellationToken);
        if (!result.IsSuccess)
        {
            AddErrors(result, nameof(Review));
            FailedNumber = Number;
            Queue = await tickets.GetReviewQueueAsync(cancellationToken);
            return Page();
        }

        TempData["Flash"] = Review.Approve ? $"Ticket #{Number} aprovado." : $"Ticket #{Number} reprovado e reaberto.";
        return RedirectToPage();
    }
}
