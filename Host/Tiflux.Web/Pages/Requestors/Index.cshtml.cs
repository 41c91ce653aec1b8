using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Requestors;

/// <summary>
/// Solicitantes of a client: search by name or e-mail, filter by situation, page. The buttons that change anything
/// show only with <see cref="Permissions.ClientsManage"/>; they post to the edit page, which that permission guards.
/// </summary>
[Authorize(Policy = Permissions.ClientsView)]
public sealed class IndexModel(IContractsModule contracts, ITicketRequestors requestors) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "busca")]
    public string? Text { get; set; }

    /// <summary>"ativos", "inativos" or empty (all).</summary>
    [BindProperty(SupportsGet = true, Name = "situacao")]
    public string? Situation { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public Guid ClientId { get; private set; }

    public string ClientName { get; private set; } = "";

    public bool CanManage { get; private set; }

    public PagedList<RequestorDto> Result { get; private set; } = new([], 1, PageSize, 0);

    public ListPager Pager => ListPager.For(Result, $"/clientes/{ClientId}/solicitantes", [new("busca", Text), new("situacao", Situation)]);

    public async Task<IActionResult> OnGetAsync(Guid clientId, CancellationToken cancellationToken)
    {
        if (await contracts.GetClientAsync(clientId, cancellationToken) is not { } client)
        {
            return NotFound();
        }

        ClientId = clientId;
        ClientName = client.Name;
        CanManage = User.Has(Permissions.ClientsManage);
        var active = Situation switch
        {
            "ativos" => true,
            "inativos" => (bool?)false,
            _ => null,
        };
        Result = await requestors.ListRequestorsAsync(
            new RequestorListRequest(ClientId: clientId, Active: active, Page: Math.Max(PageNumber, 1), PageSize: PageSize)
            {
                Text = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
            },
            cancellationToken);
        return Page();
    }
}
