using Microsoft.AspNetCore.Mvc;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>The SLA block: pause and resume (desks that allow it), and switching the SLA off (its own permission).</summary>
public sealed partial class DetailsModel
{
    [BindProperty]
    public string? SlaReason { get; set; }

    public bool CanSwitchSlaOff => User.Has(Permissions.TicketsPriorityAndSla);

    public async Task<IActionResult> OnPostPauseSlaAsync([FromServices] ITicketSla sla, CancellationToken cancellationToken) =>
        await AfterAsync(await sla.PauseAsync(Number, SlaReason, await ActorAsync(users), cancellationToken), "SLA pausado.", Tab ?? "dados", cancellationToken);

    public async Task<IActionResult> OnPostResumeSlaAsync([FromServices] ITicketSla sla, CancellationToken cancellationToken) =>
        await AfterAsync(await sla.ResumeAsync(Number, await ActorAsync(users), cancellationToken), "SLA retomado.", Tab ?? "dados", cancellationToken);

    public async Task<IActionResult> OnPostDeactivateSlaAsync([FromServices] ITicketSla sla, CancellationToken cancellationToken)
    {
        if (!CanSwitchSlaOff)
        {
            return Forbid();
        }

        return await AfterAsync(await sla.DeactivateAsync(Number, SlaReason, await ActorAsync(users), cancellationToken), "SLA desativado.", Tab ?? "dados", cancellationToken);
    }
}
