using System.Security.Claims;
using Tiflux.Api.Users;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Pages.Portal.Reports;

/// <summary>
/// The portal reports' gate inside the page (the page's policy already requires "ver relatórios"): the signed-in client
/// user when they hold it, else null (the page answers 403).
/// </summary>
internal static class PortalReportUser
{
    public static PortalUser? From(ClaimsPrincipal principal) =>
        PortalUser.From(principal) is { } user && user.Has(PortalPermissions.SeeReports) ? user : null;
}
