using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Web.Pages.Settings;

/// <summary>The e-mail log: status, attempts, last error; an admin can resend.</summary>
[Authorize(Policy = Permissions.OrganizationSettings)]
public sealed class MessagesModel(INotificationsModule notifications) : PageModel
{
    public PagedList<OutgoingMessageDto> Messages { get; private set; } = new([], 1, 50, 0);

    [TempData]
    public string? Flash { get; set; }

    public static string StatusLabel(MessageStatus status) => status switch
    {
        MessageStatus.Sent => "Enviada",
        MessageStatus.Failed => "Falhou",
        _ => "Pendente",
    };

    public async Task OnGetAsync(int? page, CancellationToken cancellationToken) =>
        Messages = await notifications.ListMessagesAsync(page ?? 1, 50, cancellationToken);

    public async Task<IActionResult> OnPostResendAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await notifications.ResendAsync(id, User.Identity?.Name ?? "?", cancellationToken);
        Flash = result.IsSuccess ? "Mensagem colocada na fila de envio." : result.Errors[0].Message;
        return RedirectToPage();
    }
}
