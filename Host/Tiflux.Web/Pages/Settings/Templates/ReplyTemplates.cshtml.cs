using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Settings.Templates;

/// <summary>Configurações › Modelos de respostas: the canned texts the ticket page's "Inserir modelo" offers.</summary>
[Authorize(Policy = Permissions.TemplatesManage)]
public sealed class ReplyTemplatesModel(ITicketReplyTemplates templates, ITicketSetup setup) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "id")]
    public Guid? EditingId { get; set; }

    [BindProperty]
    public ReplyTemplateInput Input { get; set; } = new();

    public IReadOnlyList<ReplyTemplateDto> Templates { get; private set; } = [];

    public IReadOnlyList<DeskDto> Desks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (EditingId is { } id)
        {
            var found = await templates.GetAsync(id, cancellationToken);
            if (!found.IsSuccess)
            {
                return NotFound();
            }

            Input = ReplyTemplateInput.From(found.Value);
        }
        else
        {
            Input.Active = true;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var result = await templates.SaveAsync(
            new SaveReplyTemplateRequest(EditingId, Input.Name, Input.BodyHtml, Input.Visibility, Input.DeskIds, Input.Active), cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddResultErrors<ReplyTemplateInput>(result, nameof(Input));
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Flash"] = "Modelo de resposta salvo.";
        return Redirect("/configuracoes/modelos-respostas");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid templateId, CancellationToken cancellationToken)
    {
        var result = await templates.DeleteAsync(templateId, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        TempData["Flash"] = "Modelo de resposta excluído.";
        return Redirect("/configuracoes/modelos-respostas");
    }

    public static string VisibilityLabel(ReplyTemplateVisibility visibility) => visibility switch
    {
        ReplyTemplateVisibility.Client => "Cliente",
        ReplyTemplateVisibility.Internal => "Interna",
        _ => "Ambas",
    };

    public string DeskNames(IReadOnlyList<Guid> deskIds) =>
        deskIds.Count == 0 ? "Todas" : string.Join(", ", Desks.Where(d => deskIds.Contains(d.Id)).Select(d => d.Name));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Templates = await templates.ListAsync(cancellationToken);
        Desks = await setup.GetDesksAsync(cancellationToken);
    }
}

public sealed class ReplyTemplateInput
{
    public string? Name { get; set; }

    public string? BodyHtml { get; set; }

    public ReplyTemplateVisibility Visibility { get; set; } = ReplyTemplateVisibility.Both;

    public List<Guid> DeskIds { get; set; } = [];

    /// <summary>False unless posted: an unchecked box sends nothing. A new template starts active (OnGet).</summary>
    public bool Active { get; set; }

    public static ReplyTemplateInput From(ReplyTemplateDto t) =>
        new() { Name = t.Name, BodyHtml = t.BodyHtml, Visibility = t.Visibility, DeskIds = [.. t.DeskIds], Active = t.Active };
}
