using Tiflux.Api.Users;
using Tiflux.Web.Portal;

namespace Tiflux.Web.Identity.ClientUsers;

internal static class ClientUserRegistration
{
    public static IServiceCollection AddClientUsers(this IServiceCollection services)
    {
        services.AddScoped<IClientUserAdministration, ClientUserAdministration>();
        services.AddScoped<IClientAuthorizers, ClientAuthorizers>();
        services.AddScoped<InviteClientUser>();
        services.AddScoped<ClientUserRequestor>();
        services.AddScoped<ChangeClientUser>();
        services.AddScoped<ListClientUsers>();
        services.AddScoped<SaveAuthorizationFlow>();
        services.AddScoped<IPortalSession, PortalSession>();
        services.AddScoped<PortalTermsGate>();
        return services;
    }
}
