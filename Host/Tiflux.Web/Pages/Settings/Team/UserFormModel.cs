using Microsoft.AspNetCore.Mvc;
using Tiflux.Api.Users;

namespace Tiflux.Web.Pages.Settings.Team;

/// <summary>The new-user and edit-user pages: the form and the group choices.</summary>
public abstract class UserFormModel(IGroupAdministration groups) : TeamPageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    public IReadOnlyList<PermissionGroupDto> PermissionGroups { get; private set; } = [];

    public IReadOnlyList<AttendantGroupDto> AttendantGroups { get; private set; } = [];

    protected async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        PermissionGroups = await groups.PermissionGroupsAsync(cancellationToken);
        AttendantGroups = await groups.AttendantGroupsAsync(cancellationToken);
    }
}
