using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Integrations.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Settings;

/// <summary>Conta Azul OAuth redirect: checks the state, exchanges the code and stores the tokens encrypted.</summary>
[Authorize(Policy = Permissions.IntegrationsManage)]
public sealed class ContaAzulCallbackModel(IIntegrationsModule integrations, IConfiguration configuration) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? code, string? state, CancellationToken cancellationToken)
    {
        var result = string.IsNullOrEmpty(code)
            ? SharedKernel.Result.Failure(SharedKernel.Error.Validation("code", "A Conta Azul não autorizou o acesso."))
            : await integrations.CompleteContaAzulConnectAsync(code, state ?? "", IntegrationsModel.CallbackUrlFor(configuration), cancellationToken);
        TempData["Flash"] = result.IsSuccess ? "Conta Azul conectada." : string.Join(" ", result.Errors.Select(e => e.Message));
        return Redirect("/configuracoes/integracoes");
    }
}
