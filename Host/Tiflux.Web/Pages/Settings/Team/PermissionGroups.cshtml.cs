using Tiflux.Api.Users;

namespace Tiflux.Web.Pages.Settings.Team;

/// <summary>Configurações › Grupos de permissão: each group, its members and permissions.</summary>
public sealed class PermissionGroupsModel(IGroupAdministration groups) : TeamPageModel
{
    public IReadOnlyList<PermissionGroupDto> Groups { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Groups = await groups.PermissionGroupsAsync(cancellationToken);
}
