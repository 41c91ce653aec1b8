using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Billing;

/// <summary>The billing screen (Faturar) of one client: every pending line with its explanation, selectable per group.</summary>
[Authorize(Policy = Permissions.Billing)]
public sealed class ClientModel(IBillingModule billing, TimeProvider clock) : PageModel
{
    [BindProperty(Name = "modo", SupportsGet = true)]
    public string? Mode { get; set; }

    [BindProperty(Name = "data", SupportsGet = true)]
    public DateOnly? Date { get; set; }

    [BindProperty(Name = "escopo", SupportsGet = true)]
    public string? Scope { get; set; }

    [BindProperty(Name = "erro", SupportsGet = true)]
    public string? ErrorCode { get; set; }

    public Guid ClientId { get; private set; }

    public string ClientName { get; private set; } = "Cliente";

    public PendingFilters Filters { get; private set; } = null!;

    public IReadOnlyList<LineGroup> Groups { get; private set; } = [];

    public decimal Total => Groups.Sum(g => g.Total);

    public string? ErrorMessage => ErrorCode switch
    {
        "nenhum" => "Selecione ao menos um item para faturar.",
        _ => null,
    };

    public async Task OnGetAsync(Guid clientId, CancellationToken cancellationToken)
    {
        ClientId = clientId;
        Filters = PendingFilters.From(Mode, Date, Scope, BrazilTime.Today(clock));
        var lines = (await billing.GetPendingLinesAsync(Filters.ToRequest([clientId]), cancellationToken))
            .Where(l => l.ClientId == clientId).ToList();
        ClientName = lines.FirstOrDefault()?.ClientName ?? ClientName;
        Groups = LineGroup.Of(lines);
    }
}
