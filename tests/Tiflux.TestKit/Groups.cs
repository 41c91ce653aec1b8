using Tiflux.Web.Identity;

namespace Tiflux.TestKit;

/// <summary>The default permission groups by the former role names the tests were written with.</summary>
public static class Groups
{
    public const string Admin = DefaultPermissionGroups.Administrator;
    public const string Finance = DefaultPermissionGroups.Finance;
    public const string Technician = DefaultPermissionGroups.Technician;
    public const string Client = DefaultPermissionGroups.Clients;
}
