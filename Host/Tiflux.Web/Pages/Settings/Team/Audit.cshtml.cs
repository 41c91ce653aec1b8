using Microsoft.AspNetCore.Mvc;
using Tiflux.Api.Users;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Settings.Team;

/// <summary>Who created, changed or deactivated a user or changed a group, and when.</summary>
public sealed class AuditModel(IGroupAdministration groups) : TeamPageModel
{
    [FromQuery(Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public PagedList<AuditEntryDto> Entries { get; private set; } = null!;

    public ListPager Pager { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await groups.AuditAsync(PageNumber, 50, cancellationToken);
        Pager = ListPager.For(Entries, "/configuracoes/usuarios/auditoria", []);
    }
}
