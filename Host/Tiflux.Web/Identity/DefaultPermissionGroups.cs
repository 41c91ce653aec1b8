namespace Tiflux.Web.Identity;

/// <summary>
/// The groups every installation ships with (migration <c>PermissionGroups</c> creates them and moves the users of the
/// former roles into them): Administrador, Financeiro and Técnico reproduce the former roles' access exactly; Clientes
/// holds the client-portal users.
/// </summary>
public static class DefaultPermissionGroups
{
    public const string Administrator = "Administrador";
    public const string Finance = "Financeiro";
    public const string Technician = "Técnico";
    public const string Clients = "Clientes";
}
