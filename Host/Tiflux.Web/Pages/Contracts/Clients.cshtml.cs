using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tiflux.Web.Pages.Contracts;

public sealed class ClientsModel : PageModel
{
    public void OnGet()
    {
    }
}
