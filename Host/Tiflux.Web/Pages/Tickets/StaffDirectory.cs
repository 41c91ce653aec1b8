using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Identity;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>Internal users who can be responsible for tickets or log time, for select lists.</summary>
internal static class StaffDirectory
{
    public static async Task<IReadOnlyList<ChoiceDto>> ListAsync(UserManager<TifluxUser> users)
    {
        var staff = await users.Users.Where(u => u.Kind == UserKind.Staff && u.IsActive)
            .Select(u => new { u.Id, u.FullName, u.Email })
            .ToListAsync();
        return [.. staff
            .Select(u => new ChoiceDto(u.Id, string.IsNullOrWhiteSpace(u.FullName) ? u.Email ?? "?" : u.FullName))
            .OrderBy(u => u.Name, StringComparer.Create(PtBr.Culture, true))];
    }

    /// <summary>Who may be responsible for a ticket of <paramref name="desk"/>: the members of the attendant groups that serve it, or all staff.</summary>
    public static async Task<IReadOnlyList<ChoiceDto>> ServingAsync(
        UserManager<TifluxUser> users, IGroupAdministration groups, DeskDto desk, CancellationToken cancellationToken)
    {
        var staff = await ListAsync(users);
        if (desk.AttendantGroupIds.Count == 0)
        {
            return staff;
        }

        var members = await groups.MembersOfAsync(desk.AttendantGroupIds, cancellationToken);
        return [.. staff.Where(s => members.Contains(s.Id))];
    }
}
