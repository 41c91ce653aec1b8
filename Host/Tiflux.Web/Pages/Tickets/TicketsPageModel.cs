using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Identity;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>What every Tickets page shares: the signed-in actor, money visibility, pt-BR formatting, errors into ModelState.</summary>
[Authorize(Policy = Permissions.TicketsView)]
public abstract class TicketsPageModel : PageModel
{
    public bool ShowMoney { get; private set; }

    public bool CanReview => User.Has(Permissions.TicketsReview);

    protected void LoadPermissions() => ShowMoney = User.Has(Permissions.ValuesView);

    /// <summary>The signed-in actor; call after <see cref="LoadPermissions"/> so it carries the money permission.</summary>
    protected async Task<ActorDto> ActorAsync(UserManager<TifluxUser> users)
    {
        var user = await users.GetUserAsync(User);
        var id = user?.Id ?? Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier) ?? Guid.Empty.ToString());
        var name = string.IsNullOrWhiteSpace(user?.FullName) ? User.Identity?.Name ?? "?" : user.FullName;
        return new ActorDto(id, name, ShowMoney);
    }

    /// <summary>Puts each error next to its field (<c>Input.Field</c>) or in the summary when it has none.</summary>
    protected void AddErrors(Result result, string prefix = "Input")
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field is null ? "" : $"{prefix}.{error.Field}", error.Message);
        }
    }

    public string Money(decimal? value) => PtBr.Money(value, ShowMoney);

    public static string StateLabel(TicketState state) => TicketsText.State(state);

    /// <summary>The client's authorization of a new ticket (service-desk.md §3.5), for lists, filters and the ticket header.</summary>
    public static string AuthorizationLabel(TicketAuthorization authorization) => authorization switch
    {
        TicketAuthorization.Pending => "Aguardando autorização",
        TicketAuthorization.Authorized => "Autorizado",
        TicketAuthorization.Denied => "Não autorizado",
        _ => "Não requer autorização",
    };

    public static string ModeLabel(AttendanceMode? mode) => mode?.Portuguese() ?? "—";

    public static string BasisLabel(ValuationBasis basis) => basis switch
    {
        ValuationBasis.ConsumesContract => "Consome contrato",
        ValuationBasis.RateTimesTime => "Valor-hora × tempo",
        ValuationBasis.Manual => "Valor manual",
        ValuationBasis.Warranty => "Garantia (sem cobrança)",
        _ => "Sem valorização",
    };
}
