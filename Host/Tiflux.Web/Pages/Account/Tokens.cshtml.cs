using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Api.Persistence;
using Tiflux.Api.Tokens;

namespace Tiflux.Web.Pages.Account;

/// <summary>Minha conta › Tokens de API: create (shown once), list and revoke personal API tokens.</summary>
public sealed class TokensModel(ApiTokenService tokens) : PageModel
{
    internal IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    /// <summary>The new token's secret, only in the answer to its creation.</summary>
    public string? NewSecret { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Tokens = await tokens.ListAsync(UserId, cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 100)
        {
            Error = "Dê um nome ao token (até 100 caracteres), por exemplo \"Power BI\" ou \"Script de fechamento\".";
        }
        else
        {
            NewSecret = (await tokens.CreateAsync(UserId, Name, cancellationToken)).Secret;
            Name = null;
        }

        Tokens = await tokens.ListAsync(UserId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        TempData["Flash"] = await tokens.RevokeAsync(UserId, id, cancellationToken)
            ? "Token revogado: ele deixou de funcionar imediatamente."
            : "Token não encontrado ou já revogado.";
        return RedirectToPage();
    }

    private Guid UserId => Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
}
