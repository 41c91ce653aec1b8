using Tiflux.Api.Users;

namespace Tiflux.Web.Identity.Administration;

internal static class AdministrationRegistration
{
    public static IServiceCollection AddTeamAdministration(this IServiceCollection services)
    {
        services.AddScoped<IUserAdministration, UserAdministration>();
        services.AddScoped<IGroupAdministration, GroupAdministration>();
        services.AddScoped<TeamChange>();
        services.AddScoped<GroupMemberships>();
        services.AddScoped<AccountLinks>();
        services.AddScoped<InviteUser>();
        services.AddScoped<ChangeUser>();
        services.AddScoped<SendPasswordLink>();
        services.AddScoped<ResetTwoFactor>();
        services.AddScoped<ListUsers>();
        services.AddScoped<GetUser>();
        services.AddScoped<SavePermissionGroup>();
        services.AddScoped<DeletePermissionGroup>();
        services.AddScoped<SaveAttendantGroup>();
        services.AddScoped<DeleteAttendantGroup>();
        return services;
    }
}
