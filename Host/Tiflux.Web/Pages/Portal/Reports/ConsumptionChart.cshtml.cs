using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Api.Users;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal.Reports;

/// <summary>
/// Portal › Relatórios › Gráfico Consumo Cliente: the consumption per cycle of the current client's contracts (the staff
/// chart fixed to that client). Credit contracts show R$ only with "ver valores"; otherwise their hours.
/// </summary>
[Authorize(Policy = PortalPolicies.SeeReports)]
public sealed class ConsumptionChartModel(IBillingModule billing, TimeProvider clock) : PageModel
{
    [BindProperty(Name = "inativos", SupportsGet = true)]
    public bool IncludeInactive { get; set; }

    public ConsumptionChartView Chart { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PortalReportUser.From(User) is not { } user)
        {
            return Forbid();
        }

        var history = await billing.GetConsumptionHistoryAsync(
            new ConsumptionHistoryRequest([user.ClientId], IncludeInactive, BrazilTime.Today(clock)), cancellationToken);
        Chart = ConsumptionChartView.From(history, user.Has(PortalPermissions.SeeValues), ConsumptionHistoryRequest.DefaultMaxCycles);
        return Page();
    }
}
