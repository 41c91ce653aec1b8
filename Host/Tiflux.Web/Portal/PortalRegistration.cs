using Microsoft.AspNetCore.Authorization;

namespace Tiflux.Web.Portal;

/// <summary>The Portal do Cliente's services and its per-permission policies.</summary>
internal static class PortalRegistration
{
    public static IServiceCollection AddTifluxPortal(this IServiceCollection services)
    {
        services.AddScoped<PortalTicketAccess>();
        services.AddScoped<PortalTicketActivity>();
        services.Configure<AuthorizationOptions>(PortalPolicies.Add);
        return services;
    }
}
