using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>A desk's own expediente, or "use the organisation's".</summary>
[Authorize(Policy = Permissions.DesksManage)]
public sealed class DeskHoursModel(ITicketCalendar calendar, ITicketSetup setup) : PageModel
{
    [BindProperty]
    public BusinessHoursInput Hours { get; set; } = new();

    public string DeskName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadDeskAsync(id, cancellationToken) || await calendar.GetDeskHoursAsync(id, cancellationToken) is not { } hours)
        {
            return NotFound();
        }

        Hours = BusinessHoursInput.From(hours);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadDeskAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var result = await calendar.SaveDeskHoursAsync(
            id, new SaveBusinessHoursRequest(Hours.UseOrganizationDefault, Hours.ToWindows()), cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<BusinessHoursInput>(result, nameof(Hours));
            return Page();
        }

        TempData["Flash"] = $"Expediente da mesa {DeskName} salvo.";
        return Redirect($"/configuracoes/mesas/{id}/expediente");
    }

    private async Task<bool> LoadDeskAsync(Guid id, CancellationToken cancellationToken)
    {
        var desk = (await setup.GetDesksAsync(cancellationToken)).FirstOrDefault(d => d.Id == id);
        DeskName = desk?.Name ?? "";
        return desk is not null;
    }
}
