using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal.Authorizations;

/// <summary>
/// One new ticket waiting for the client's authorization (the authorisers' e-mail links here): what was asked and by
/// whom, and Autorizar / Recusar. Only authorisers of the ticket's client; any other ticket answers 404.
/// </summary>
[Authorize(Policy = PortalPolicies.AuthorizeNewTickets)]
public sealed class DecideModel(PortalTicketAccess access, ITicketLifecycle lifecycle) : PortalPageModel
{
    [FromRoute]
    public int Number { get; set; }

    [BindProperty]
    public AuthorizationInput Decision { get; set; } = new();

    public TicketDto Ticket { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await lifecycle.DecideAuthorizationAsync(
            new TicketAuthorizationDecision(Number, Decision.Approve, Decision.Reason), Actor, cancellationToken);
        if (!result.IsSuccess)
        {
            AddErrors(result, nameof(Decision));
            return Page();
        }

        TempData["Flash"] = Decision.Approve
            ? $"Ticket #{Number} autorizado: ele entrou na fila de atendimento."
            : $"Ticket #{Number} recusado; o solicitante foi avisado.";
        return Redirect("/portal/autorizacoes");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await access.FindAwaitingAuthorizationAsync(Me, Number, cancellationToken) is not { } ticket)
        {
            return false;
        }

        Ticket = ticket;
        return true;
    }
}
