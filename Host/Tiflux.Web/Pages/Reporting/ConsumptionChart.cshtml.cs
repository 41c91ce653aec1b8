using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Reporting;

/// <summary>
/// Relatórios › Faturamento › Gráfico consumo contrato: each contract's consumption per cycle (last cycles), for the
/// chosen clients (none = every client), active contracts unless "mostrar contratos inativos". Paged by contract so
/// the browser never draws thousands of charts at once.
/// </summary>
[Authorize(Policy = Permissions.FinancialReports)]
public sealed class ConsumptionChartModel(IBillingModule billing, IContractsModule contracts, TimeProvider clock) : PageModel
{
    /// <summary>Charts per page.</summary>
    public const int PageSize = 20;

    [BindProperty(Name = "clientes", SupportsGet = true)]
    public IReadOnlyList<Guid> ClientIds { get; set; } = [];

    [BindProperty(Name = "inativos", SupportsGet = true)]
    public bool IncludeInactive { get; set; }

    [BindProperty(Name = "exibir", SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(Name = "pagina", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ClientSummary> ClientChoices { get; private set; } = [];

    /// <summary>The charts of this page; null before "Exibir".</summary>
    public ConsumptionChartView? Chart { get; private set; }

    public ListPager? Pager { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ClientChoices = await contracts.GetClientsAsync(null, cancellationToken);
        if (ClientIds.Count > BillingLimits.PendingClientFilter)
        {
            ModelState.AddModelError("clientes", $"Selecione no máximo {BillingLimits.PendingClientFilter} clientes (ou nenhum, para ver todos).");
            ClientIds = [];
            return Page();
        }

        if (Show is null)
        {
            return Page();
        }

        var history = await billing.GetConsumptionHistoryAsync(
            new ConsumptionHistoryRequest(ClientIds, IncludeInactive, BrazilTime.Today(clock)), cancellationToken);
        var page = new PagedList<ContractConsumptionHistory>(
            [.. history.Skip(PagedList.Skip(PageNumber, PageSize)).Take(PageSize)], Math.Max(PageNumber, 1), PageSize, history.Count);
        Chart = ConsumptionChartView.From(page.Items, showValues: true, ConsumptionHistoryRequest.DefaultMaxCycles);
        Pager = ListPager.For(page, "/relatorios/grafico-consumo-contrato",
            [new("exibir", "1"), new("inativos", IncludeInactive ? "true" : null),
             .. ClientIds.Select(id => new KeyValuePair<string, string?>("clientes", id.ToString()))]);
        return Page();
    }
}
