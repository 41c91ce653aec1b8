using Microsoft.AspNetCore.Mvc;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal.Reviews;

/// <summary>One link offered next to a review (a document about the reviewed work).</summary>
public sealed record ReviewDocument(string Label, string Href);

/// <summary>
/// The review of one ticket (the review e-mail links here): approve with a rating and comment, or reject with a reason
/// — the same operation as the staff review queue, as the requester. The review forms anywhere in the portal post here.
/// A ticket the user may not review answers 404.
/// </summary>
public sealed class ReviewModel(PortalTicketAccess access, ITicketLifecycle lifecycle) : PortalPageModel
{
    [FromRoute]
    public int Number { get; set; }

    [BindProperty]
    public ReviewInput Review { get; set; } = new();

    public TicketDto Ticket { get; private set; } = null!;

    /// <summary>Documents about the reviewed work, offered with the review (see <see cref="DocumentsFor"/>).</summary>
    public IReadOnlyList<ReviewDocument> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await lifecycle.ReviewTicketAsync(
            new ReviewTicketRequest(Number, Review.Approve, ReviewerRole.Requester, Review.Rating, Review.Comment), Actor, cancellationToken);
        if (!result.IsSuccess)
        {
            AddErrors(result, nameof(Review));
            return Page();
        }

        TempData["Flash"] = Review.Approve ? $"Ticket #{Number} aprovado. Obrigado pela avaliação." : $"Ticket #{Number} reprovado e reaberto.";
        return Redirect("/portal/revisoes");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await access.FindReviewableAsync(Me, Number, cancellationToken) is not { } ticket)
        {
            return false;
        }

        Ticket = ticket;
        Documents = DocumentsFor(Me, ticket);
        return true;
    }

    /// <summary>
    /// What a reviewer may want to read before deciding: the ticket's page when they see it (a reviewer of other
    /// requesters' tickets may not). Portal › Relatórios adds the consumption statement (extrato) here.
    /// </summary>
    private static List<ReviewDocument> DocumentsFor(PortalUser user, TicketDto ticket)
    {
        var documents = new List<ReviewDocument>();
        if (PortalTicketAccess.IsVisible(user, ticket))
        {
            documents.Add(new ReviewDocument("Ver o ticket e a conversa", $"/portal/tickets/{ticket.Number}"));
        }

        return documents;
    }
}
