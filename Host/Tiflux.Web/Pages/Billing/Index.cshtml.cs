using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Billing;

/// <summary>Faturamento › Faturamentos pendentes: one row per client with pending values by the filters.</summary>
[Authorize(Policy = IdentityRegistration.CanBill)]
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

    public PendingFilters Filters { get; private set; } = null!;

    /// <summary>Clients that have pending values by the date and scope, for the client selector.</summary>
    public IReadOnlyList<PendingClientSummary> ClientChoices { get; private set; } = [];

    /// <summary>The rows shown after "Exibir"; null before.</summary>
    public IReadOnlyList<PendingClientSummary>? Rows { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filters = PendingFilters.From(Mode, Date, Scope, BrazilTime.Today(clock));
        ClientChoices = await billing.GetPendingTotalsAsync(Filters.ToRequest(null), cancellationToken);
        if (Show is not null)
        {
            var selected = ClientIds.ToHashSet();
            Rows = selected.Count == 0 ? ClientChoices : [.. ClientChoices.Where(c => selected.Contains(c.ClientId))];
        }
    }
}
