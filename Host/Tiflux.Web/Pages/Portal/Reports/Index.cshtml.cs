using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal.Reports;

/// <summary>Portal › Relatórios: the three reports of the client the user works as now.</summary>
[Authorize(Policy = PortalPolicies.SeeReports)]
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => PortalReportUser.From(User) is null ? Forbid() : Page();
}
