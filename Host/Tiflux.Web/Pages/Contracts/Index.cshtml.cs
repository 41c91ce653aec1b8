using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tiflux.Web.Pages.Contracts;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
