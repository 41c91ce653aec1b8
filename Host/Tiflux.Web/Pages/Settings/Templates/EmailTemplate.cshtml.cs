using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Settings.Templates;

/// <summary>
/// One e-mail template: its three parts, the variable table beside them, "Pré-visualizar" with sample data (shown in a
/// sandboxed frame) and "Restaurar padrão". The Notifications module checks and renders; the page shows its messages.
/// </summary>
[Authorize(Policy = Permissions.TemplatesManage)]
public sealed class EmailTemplateModel(IEmailTemplateEditor editor) : PageModel
{
    [FromRoute]
    public string Name { get; set; } = "";

    [BindProperty]
    public EmailTemplateInput Input { get; set; } = new();

    public EmailTemplateDto Current { get; private set; } = null!;

    public EmailPreviewDto? Preview { get; private set; }

    private string By => User.Identity?.Name ?? "?";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new EmailTemplateInput { Subject = Current.Subject, Html = Current.Html, Text = Current.Text };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await editor.SaveAsync(SaveRequest(), cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<EmailTemplateInput>(result, nameof(Input));
            return Page();
        }

        TempData["Flash"] = "Modelo de e-mail salvo. Os próximos e-mails usam esta versão.";
        return Redirect($"/configuracoes/modelos-email/{Name}");
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await editor.PreviewAsync(SaveRequest(), cancellationToken);
        if (result.IsSuccess)
        {
            Preview = result.Value;
        }
        else
        {
            ModelState.AddResultErrors<EmailTemplateInput>(result, nameof(Input));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(CancellationToken cancellationToken)
    {
        var result = await editor.RestoreDefaultAsync(Name, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        TempData["Flash"] = "Modelo padrão restaurado.";
        return Redirect($"/configuracoes/modelos-email/{Name}");
    }

    private SaveEmailTemplateRequest SaveRequest() => new(Name, Input.Subject, Input.Html, Input.Text, By);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var found = await editor.GetAsync(Name, cancellationToken);
        if (found.IsSuccess)
        {
            Current = found.Value;
        }

        return found.IsSuccess;
    }
}

public sealed class EmailTemplateInput
{
    public string? Subject { get; set; }

    public string? Html { get; set; }

    public string? Text { get; set; }
}
