using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Reporting;

public sealed class IndexModel(IBillingWorkflow billings) : PageModel
{
    public bool CanBill { get; private set; }

    public IReadOnlyList<BillingSummary> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanBill = User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Finance);
        if (CanBill)
        {
            var history = await billings.GetHistoryAsync(new BillingHistoryRequest(null, null, null, null, null, null, null, null, 1, 10), cancellationToken);
            Recent = history.IsSuccess ? history.Value.Page.Items : [];
        }
    }
}
