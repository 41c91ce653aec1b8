using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tiflux.Web.Pages.Tickets;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
