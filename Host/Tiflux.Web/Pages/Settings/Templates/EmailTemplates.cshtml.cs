using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Settings.Templates;

/// <summary>Configurações › Modelos de E-mail: the e-mails about ticket events, each editable on its own page.</summary>
[Authorize(Policy = Permissions.TemplatesManage)]
public sealed class EmailTemplatesModel(IEmailTemplateEditor editor) : PageModel
{
    public IReadOnlyList<EmailTemplateSummaryDto> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Templates = await editor.ListAsync(cancellationToken);
}
