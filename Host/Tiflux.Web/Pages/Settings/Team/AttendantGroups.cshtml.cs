using Microsoft.AspNetCore.Mvc;
using Tiflux.Api.Users;

namespace Tiflux.Web.Pages.Settings.Team;

/// <summary>Configurações › Grupos de atendentes: create, rename and delete the technicians' teams.</summary>
public sealed class AttendantGroupsModel(IGroupAdministration groups) : TeamPageModel
{
    [BindProperty]
    public GroupInput Input { get; set; } = new();

    public IReadOnlyList<AttendantGroupDto> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Groups = await groups.AttendantGroupsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await groups.SaveAttendantGroupAsync(Input.Id, new AttendantGroupFields(Input.Name ?? "", Input.Description), Actor, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = $"Grupo {Input.Name?.Trim()} salvo.";
            return RedirectToPage();
        }

        AddErrors(result);
        Groups = await groups.AttendantGroupsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await groups.DeleteAttendantGroupAsync(id, Actor, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = "Grupo excluído.";
            return RedirectToPage();
        }

        AddErrors(result);
        Groups = await groups.AttendantGroupsAsync(cancellationToken);
        return Page();
    }

    public sealed class GroupInput
    {
        /// <summary>Empty for a new group.</summary>
        public Guid? Id { get; set; }

        public string? Name { get; set; }

        public string? Description { get; set; }
    }
}
