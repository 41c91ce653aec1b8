using Microsoft.AspNetCore.Mvc;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>
/// "Inserir modelo" on the Comunicação tab: the reply templates of the ticket's desk for the answer form and the note
/// form, and the handler that returns one filled in with the ticket's values (escaped) for the editor.
/// </summary>
public sealed partial class DetailsModel
{
    public IReadOnlyList<ChoiceDto> AnswerTemplates { get; private set; } = [];

    public IReadOnlyList<ChoiceDto> NoteTemplates { get; private set; } = [];

    /// <summary>GET ?handler=ReplyTemplate&amp;templateId=…&amp;canal=cliente|interno → <c>{ "html": "…" }</c>.</summary>
    public async Task<IActionResult> OnGetReplyTemplateAsync(
        Guid templateId, string? canal, [FromServices] ITicketReplyTemplates templates, CancellationToken cancellationToken)
    {
        LoadPermissions();
        var channel = canal == "interno" ? ReplyChannel.Internal : ReplyChannel.Client;
        if (channel == ReplyChannel.Internal && !User.Has(Permissions.TicketsInternalCommunication))
        {
            return Forbid();
        }

        if (await tickets.GetTicketAsync(Number, cancellationToken) is null)
        {
            return NotFound();
        }

        var html = await templates.RenderForTicketAsync(Number, templateId, channel, (await ActorAsync(users)).Name, cancellationToken);
        return html.IsSuccess ? new JsonResult(new { html = html.Value }) : NotFound();
    }

    private async Task LoadReplyTemplatesAsync(CancellationToken cancellationToken)
    {
        var templates = HttpContext.RequestServices.GetRequiredService<ITicketReplyTemplates>();
        var answers = await templates.ListForTicketAsync(Number, ReplyChannel.Client, cancellationToken);
        AnswerTemplates = answers.IsSuccess ? answers.Value : [];
        if (CanSeeInternal)
        {
            var notes = await templates.ListForTicketAsync(Number, ReplyChannel.Internal, cancellationToken);
            NoteTemplates = notes.IsSuccess ? notes.Value : [];
        }
    }
}
