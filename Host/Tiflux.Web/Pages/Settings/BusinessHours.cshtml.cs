using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Settings;

/// <summary>The organisation's default expediente, used by every desk without its own.</summary>
[Authorize(Policy = Permissions.DesksManage)]
public sealed class BusinessHoursModel(ITicketCalendar calendar) : PageModel
{
    [BindProperty]
    public BusinessHoursInput Hours { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Hours = BusinessHoursInput.From(await calendar.GetOrganizationHoursAsync(cancellationToken));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await calendar.SaveOrganizationHoursAsync(Hours.ToWindows(), cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<BusinessHoursInput>(result, nameof(Hours));
            return Page();
        }

        TempData["Flash"] = "Expediente padrão salvo.";
        return RedirectToPage();
    }
}
