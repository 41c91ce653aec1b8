using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Contracts;

[Authorize(Policy = Permissions.ContractsView)]
public sealed class IndexModel(IContractsAdministration contracts, IContractsModule module) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "cliente")]
    public Guid? ClientId { get; set; }

    [BindProperty(SupportsGet = true, Name = "modalidade")]
    public ContractModality? Modality { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public ContractStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "busca")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public PagedList<ContractListItemDto> Contracts { get; private set; } = new([], 1, 25, 0);

    public List<SelectListItem> ClientOptions { get; private set; } = [];

    public List<SelectListItem> ModalityOptions { get; private set; } = [];

    public List<SelectListItem> StatusOptions { get; private set; } = [];

    public bool CanSeeMoney { get; private set; }

    public bool CanEdit { get; private set; }

    public ListPager Pager => ListPager.For(Contracts, "/contratos",
        [new("cliente", ClientId?.ToString()), new("modalidade", Modality?.ToString()), new("status", Status?.ToString()), new("busca", Search)]);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Contracts = await contracts.ListContractsAsync(new ContractListRequest(ClientId, Modality, Status, Search, PageNumber), cancellationToken);
        var clients = await module.GetClientsAsync(null, cancellationToken);
        ClientOptions = [new("Todos", ""), .. clients.Select(c => new SelectListItem(c.Name, c.Id.ToString(), c.Id == ClientId))];
        ModalityOptions = [new("Todas", ""), .. ContractsText.ModalityOptions().Select(o => Selected(o, Modality?.ToString()))];
        StatusOptions = [new("Todas", ""), .. ContractsText.StatusOptions().Select(o => Selected(o, Status?.ToString()))];
        CanSeeMoney = User.Has(Permissions.ValuesView);
        CanEdit = User.Has(Permissions.ContractsManage);
    }

    private static SelectListItem Selected(SelectListItem option, string? value)
    {
        option.Selected = option.Value == value;
        return option;
    }
}
