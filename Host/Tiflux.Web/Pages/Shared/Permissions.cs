using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Tiflux.SharedKernel;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Shared;

/// <summary>Permission checks the pages make inside a page (to hide values or forms), besides the page's own policy.</summary>
public static class Permissions
{
    /// <summary>Staff who may look at clients and contracts (not the client portal users).</summary>
    public const string StaffRoles = Roles.Admin + "," + Roles.Finance + "," + Roles.Technician;

    public static async Task<bool> CanSeeMoneyAsync(this IAuthorizationService authorization, ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, IdentityRegistration.CanSeeMoney)).Succeeded;

    public static async Task<bool> CanBillAsync(this IAuthorizationService authorization, ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, IdentityRegistration.CanBill)).Succeeded;
}
