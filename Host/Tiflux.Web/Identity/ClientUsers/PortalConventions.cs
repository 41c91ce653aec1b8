using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Tiflux.Api.Users;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Identity.ClientUsers;

/// <summary>How the pages are split between staff and client users (Program.cs applies these).</summary>
internal static class PortalConventions
{
    /// <summary>/Portal pages need <see cref="UserPolicies.Portal"/>; every other page but Account and Errors needs <see cref="UserPolicies.Staff"/>.</summary>
    public static void ByUserType(PageApplicationModel model)
    {
        var path = model.ViewEnginePath;
        if (path.StartsWith("/Portal/", StringComparison.Ordinal))
        {
            model.EndpointMetadata.Add(new AuthorizeAttribute(UserPolicies.Portal));
        }
        else if (!path.StartsWith("/Account/", StringComparison.Ordinal) && !path.StartsWith("/Errors/", StringComparison.Ordinal))
        {
            model.EndpointMetadata.Add(new AuthorizeAttribute(UserPolicies.Staff));
        }
    }

    /// <summary>Every portal page waits for the terms of use to be accepted (<see cref="PortalTermsGate"/>).</summary>
    public static void TermsFirst(PageApplicationModel model) =>
        model.Filters.Add(new ServiceFilterAttribute(typeof(PortalTermsGate)));

    /// <summary>"/" for a client user redirects to the portal, before the staff-only home page's policy refuses them.</summary>
    public static IApplicationBuilder UsePortalHome(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path == "/" && HttpMethods.IsGet(context.Request.Method) && PortalUser.From(context.User) is not null)
            {
                context.Response.Redirect("/portal");
                return;
            }

            await next();
        });
}
