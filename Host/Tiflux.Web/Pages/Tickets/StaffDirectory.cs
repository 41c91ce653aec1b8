using Microsoft.AspNetCore.Identity;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>Internal users who can be responsible for tickets or log time, for select lists.</summary>
internal static class StaffDirectory
{
    public static async Task<IReadOnlyList<ChoiceDto>> ListAsync(UserManager<TifluxUser> users)
    {
        var staff = new Dictionary<Guid, ChoiceDto>();
        foreach (var role in new[] { Roles.Technician, Roles.Admin, Roles.Finance })
        {
            foreach (var user in await users.GetUsersInRoleAsync(role))
            {
                staff[user.Id] = new ChoiceDto(user.Id, string.IsNullOrWhiteSpace(user.FullName) ? user.Email ?? "?" : user.FullName);
            }
        }

        return [.. staff.Values.OrderBy(u => u.Name, StringComparer.Create(PtBr.Culture, true))];
    }
}
