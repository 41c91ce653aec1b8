using Microsoft.AspNetCore.Mvc;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;
using Tiflux.Web.Identity;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Settings.Team;

/// <summary>Configurações › Usuários: the team, searchable and filtered by situation and group.</summary>
public sealed class UsersModel(IUserAdministration users, IGroupAdministration groups, ITwoFactorPolicy twoFactor) : TeamPageModel
{
    public const int PageSize = 50;

    [FromQuery(Name = "busca")]
    public string? Search { get; set; }

    /// <summary>"ativos" (default), "inativos" or "todos".</summary>
    [FromQuery(Name = "situacao")]
    public string? Situation { get; set; }

    [FromQuery(Name = "grupo")]
    public Guid? PermissionGroupId { get; set; }

    [FromQuery(Name = "equipe")]
    public Guid? AttendantGroupId { get; set; }

    [FromQuery(Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public PagedList<UserRowDto> Rows { get; private set; } = null!;

    public ListPager Pager { get; private set; } = null!;

    public IReadOnlyList<PermissionGroupDto> PermissionGroups { get; private set; } = [];

    public IReadOnlyList<AttendantGroupDto> AttendantGroups { get; private set; } = [];

    /// <summary>The organisation setting "Autenticação em dois fatores obrigatória".</summary>
    public bool TwoFactorRequired { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var search = Search?.Trim() is { Length: > 0 } s ? s[..Math.Min(s.Length, 100)] : null;
        bool? active = Situation switch { "inativos" => false, "todos" => null, _ => true };
        Rows = await users.ListAsync(new UserFilter(search, active, PermissionGroupId, AttendantGroupId, PageNumber, PageSize), cancellationToken);
        PermissionGroups = await groups.PermissionGroupsAsync(cancellationToken);
        AttendantGroups = await groups.AttendantGroupsAsync(cancellationToken);
        TwoFactorRequired = await twoFactor.IsSetInAppAsync(cancellationToken);
        Pager = ListPager.For(Rows, "/configuracoes/usuarios",
            [new("busca", search), new("situacao", Situation), new("grupo", PermissionGroupId?.ToString()), new("equipe", AttendantGroupId?.ToString())]);
    }

    public async Task<IActionResult> OnPostTwoFactorAsync(bool required, CancellationToken cancellationToken)
    {
        await twoFactor.SetRequiredAsync(required, Actor, cancellationToken);
        TempData["Flash"] = required
            ? "Autenticação em dois fatores obrigatória: quem ainda não a configurou será levado a configurá-la no próximo acesso."
            : "Autenticação em dois fatores opcional.";
        return RedirectToPage();
    }

    public static string TypeLabel(string type) => type switch
    {
        UserTypes.Admin => "Administrador",
        UserTypes.Client => "Cliente",
        _ => "Atendente",
    };
}
