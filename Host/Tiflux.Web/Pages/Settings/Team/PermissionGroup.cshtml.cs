using Microsoft.AspNetCore.Mvc;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Settings.Team;

/// <summary>A permission group: name, description and the permissions it grants, by area; delete unless built in.</summary>
public sealed class PermissionGroupModel(IGroupAdministration groups) : TeamPageModel
{
    [FromRoute]
    public string Id { get; set; } = "novo";

    [BindProperty]
    public GroupInput Input { get; set; } = new();

    public PermissionGroupDto? Current { get; private set; }

    public IReadOnlyList<AttendantGroupDto> AttendantGroups { get; private set; } = [];

    public Guid? GroupId => Guid.TryParse(Id, out var id) ? id : null;

    public static IEnumerable<IGrouping<string, PermissionInfo>> Areas => Permissions.All.GroupBy(p => p.Area);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Current is { } group)
        {
            Input = new GroupInput { Name = group.Name, Description = group.Description, Permissions = [.. group.Permissions], AttendantGroupIds = [.. group.AttendantGroupIds] };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await groups.SavePermissionGroupAsync(GroupId, new PermissionGroupFields(Input.Name ?? "", Input.Description, Input.Permissions, Input.AttendantGroupIds), Actor, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = $"Grupo {Input.Name?.Trim()} salvo.";
            return Redirect("/configuracoes/grupos-de-permissao");
        }

        AddErrors(result);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || GroupId is not { } id)
        {
            return NotFound();
        }

        var result = await groups.DeletePermissionGroupAsync(id, Actor, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = $"Grupo {Current?.Name} excluído.";
            return Redirect("/configuracoes/grupos-de-permissao");
        }

        AddErrors(result);
        Input = new GroupInput
        {
            Name = Current?.Name, Description = Current?.Description, Permissions = [.. Current?.Permissions ?? []], AttendantGroupIds = [.. Current?.AttendantGroupIds ?? []],
        };
        return Page();
    }

    /// <summary>"novo", or an existing group that is not Administrador (which cannot be edited).</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        AttendantGroups = await groups.AttendantGroupsAsync(cancellationToken);
        if (Id == "novo")
        {
            return true;
        }

        Current = GroupId is { } id ? (await groups.PermissionGroupsAsync(cancellationToken)).FirstOrDefault(g => g.Id == id) : null;
        return Current is { GrantsAll: false };
    }

    public sealed class GroupInput
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        public List<string> Permissions { get; set; } = [];

        public List<Guid> AttendantGroupIds { get; set; } = [];
    }
}
