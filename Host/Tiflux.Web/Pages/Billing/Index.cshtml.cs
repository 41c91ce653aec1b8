using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Billing;

/// <summary>Faturamento › Faturamentos pendentes: one row per client with pending values by the filters.</summary>
[Authorize(Policy = Permissions.Billing)]
public sealed class IndexModel(IBillingModule billing, TimeProvider clock) : PageModel
{
    [BindProperty(Name = "modo", SupportsGet = true)]
    public string? Mode { get; set; }

    [BindProperty(Name = "data", SupportsGet = true)]
    public DateOnly? Date { get; set; }

    [BindProperty(Name = "escopo", SupportsGet = true)]
    public string? Scope { get; set; }

    [BindProperty(Name = "clientes", SupportsGet = true)]
    public IReadOnlyList<Guid> ClientIds { get; set; } = [];

    [BindProperty(Name = "exibir", SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(Name = "pagina", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>Clients per page of the list; the grand total covers every page.</summary>
    public const int PageSize = 50;

    public PendingFilters Filters { get; private set; } = null!;

    /// <summary>Clients that have pending values by the date and scope, for the client selector.</summary>
    public IReadOnlyList<PendingClientSummary> ClientChoices { get; private set; } = [];

    /// <summary>Every row matching the filters after "Exibir" (the grand total); null before.</summary>
    public IReadOnlyList<PendingClientSummary>? Rows { get; private set; }

    /// <summary>The page of <see cref="Rows"/> shown.</summary>
    public PagedList<PendingClientSummary>? PageRows { get; private set; }

    public ListPager? Pager { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filters = PendingFilters.From(Mode, Date, Scope, BrazilTime.Today(clock), ModelState);
        ClientChoices = await billing.GetPendingTotalsAsync(Filters.ToRequest(null), cancellationToken);
        if (ClientIds.Count > BillingLimits.PendingClientFilter)
        {
            ModelState.AddModelError("clientes", $"Selecione no máximo {BillingLimits.PendingClientFilter} clientes (ou nenhum, para ver todos).");
            ClientIds = [];
            return;
        }

        if (Show is not null)
        {
            var selected = ClientIds.ToHashSet();
            Rows = selected.Count == 0 ? ClientChoices : [.. ClientChoices.Where(c => selected.Contains(c.ClientId))];
            PageRows = new PagedList<PendingClientSummary>([.. Rows.Skip(PagedList.Skip(PageNumber, PageSize)).Take(PageSize)], Math.Max(PageNumber, 1), PageSize, Rows.Count);
            Pager = ListPager.For(PageRows, "/faturamento",
                [new("modo", Filters.Mode), new("data", PtBr.Iso(Filters.Date)), new("escopo", Filters.ScopeValue), new("exibir", "1"),
                 .. ClientIds.Select(id => new KeyValuePair<string, string?>("clientes", id.ToString()))]);
        }
    }
}
