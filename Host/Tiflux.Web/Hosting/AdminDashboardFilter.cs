using Hangfire.Dashboard;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Hosting;

/// <summary>Replaces Hangfire's local-requests-only default: the dashboard is for signed-in admins.</summary>
internal sealed class AdminDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.Has(Permissions.HangfireDashboard);
}
