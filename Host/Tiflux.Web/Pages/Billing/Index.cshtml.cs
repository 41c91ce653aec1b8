using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tiflux.Web.Pages.Billing;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
