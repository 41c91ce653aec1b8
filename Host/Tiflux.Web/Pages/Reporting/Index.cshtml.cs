using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tiflux.Web.Pages.Reporting;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
