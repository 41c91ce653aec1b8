using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Billing.PublicApi;
using Tiflux.Contracts.PublicApi;
using Tiflux.Notifications.PublicApi;
using Tiflux.Reporting.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages;

public sealed class IndexModel(
    IContractsModule contracts,
    ITicketsModule tickets,
    IBillingModule billing,
    IReportingModule reporting,
    INotificationsModule notifications) : PageModel
{
    public string DisplayName => User.Identity?.Name ?? "";

    /// <summary>The user's permission groups as they were when they signed in.</summary>
    public IReadOnlyList<string> GroupNames => [.. User.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Create(PtBr.Culture, true))];

    public IReadOnlyList<ModuleState> Modules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Modules =
        [
            new("Contratos", await contracts.IsReadyAsync(cancellationToken)),
            new("Tickets", await tickets.IsReadyAsync(cancellationToken)),
            new("Faturamento", await billing.IsReadyAsync(cancellationToken)),
            new("Relatórios", await reporting.IsReadyAsync(cancellationToken)),
            new("Notificações", await notifications.IsReadyAsync(cancellationToken)),
        ];

    public sealed record ModuleState(string Name, bool Ready);
}
