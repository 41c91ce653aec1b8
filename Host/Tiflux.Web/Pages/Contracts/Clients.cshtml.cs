using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Contracts;

[Authorize(Policy = Permissions.ClientsView)]
public sealed class ClientsModel(IClientsAdministration clients) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "busca")]
    public string? Search { get; set; }

    /// <summary>"ativos", "inativos" or empty for all.</summary>
    [BindProperty(SupportsGet = true, Name = "situacao")]
    public string? Situation { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public PagedList<ClientListItemDto> Clients { get; private set; } = new([], 1, 25, 0);

    public bool CanEdit { get; private set; }

    public List<SelectListItem> SituationOptions =>
    [
        new("Todos", "", string.IsNullOrEmpty(Situation)),
        new("Ativos", "ativos", Situation == "ativos"),
        new("Inativos", "inativos", Situation == "inativos"),
    ];

    public ListPager Pager => ListPager.For(Clients, "/clientes", [new("busca", Search), new("situacao", Situation)]);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        bool? active = Situation switch
        {
            "ativos" => true,
            "inativos" => false,
            _ => null,
        };
        Clients = await clients.ListClientsAsync(new ClientListRequest(Search, active, PageNumber), cancellationToken);
        CanEdit = User.Has(Permissions.ClientsManage);
    }
}
