using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Integrations.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Dashboard;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages;

/// <summary>
/// The Dashboard: what to bill, what was billed, what is unpaid, contracts that need attention and the ticket queue —
/// each tile only with its permission, money only with "visualizar valores", each a few set-based reads over stored
/// data (docs/decisions/0031-dashboard.md), one after the other on the request's scoped contexts.
/// </summary>
public sealed class IndexModel(
    IBillingOverview billing,
    ITicketOverview tickets,
    IContractOverview contracts,
    IIntegrationsModule integrations,
    PageAccess access,
    TimeProvider clock) : PageModel
{
    public string DisplayName => User.Identity?.Name ?? "";

    /// <summary>The user's permission groups as they were when they signed in.</summary>
    public IReadOnlyList<string> GroupNames => [.. User.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Create(PtBr.Culture, true))];

    public FinanceTiles? Finance { get; private set; }

    public ContractTiles? Contracts { get; private set; }

    public TicketTiles? Tickets { get; private set; }

    /// <summary>Whether the user sees any tile at all (a user with none gets a sentence instead of an empty page).</summary>
    public bool AnyTile => Finance is not null || Contracts is not null || Tickets is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = BrazilTime.Today(clock);
        var showValues = User.Has(Permissions.ValuesView);
        var finance = User.Has(Permissions.FinancialReports) || User.Has(Permissions.Billing);
        var ticketsView = User.Has(Permissions.TicketsView);
        if (finance)
        {
            Finance = await FinanceTiles.LoadAsync(billing, integrations, today, showValues, await LinksAsync("/faturamento", "/faturamento/historico", "/faturamento/automatico"), cancellationToken);
        }

        if (User.Has(Permissions.ContractsView))
        {
            Contracts = await ContractTiles.LoadAsync(contracts, billing, today, await CanOpenAsync("/relatorios/grafico-consumo-contrato"), cancellationToken);
        }

        if (ticketsView || finance)
        {
            Tickets = await TicketTiles.LoadAsync(tickets, billing, clock.GetUtcNow(), ticketsView, showValues, await CanOpenAsync("/tickets/revisao"), cancellationToken);
        }
    }

    private Task<bool> CanOpenAsync(string path) => access.CanOpenAsync(User, path);

    private async Task<IReadOnlySet<string>> LinksAsync(params string[] paths)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (await CanOpenAsync(path))
            {
                allowed.Add(path);
            }
        }

        return allowed;
    }
}
