using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Settings;

/// <summary>
/// Checklist templates (service-desk.md §5.6): fields, desks and the clients whose new tickets get them. Tickets keep
/// the copy they got; edits apply to checklists attached afterwards. The catalog-item picker comes with the catalog.
/// </summary>
[Authorize(Policy = Permissions.TemplatesManage)]
public sealed class ChecklistsModel(ITicketChecklists checklists, ITicketSetup setup, ITicketChoices choices) : PageModel
{
    /// <summary>The template being edited (?editar=id); null while creating.</summary>
    [BindProperty(SupportsGet = true, Name = "editar")]
    public Guid? EditId { get; set; }

    [BindProperty]
    public ChecklistTemplateInput Input { get; set; } = new();

    public IReadOnlyList<ChecklistTemplateDto> Templates { get; private set; } = [];

    public IReadOnlyList<DeskDto> Desks { get; private set; } = [];

    public IReadOnlyList<ChoiceDto> Clients { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (EditId is { } id)
        {
            var template = Templates.FirstOrDefault(t => t.Id == id);
            if (template is null)
            {
                return NotFound();
            }

            Input = ChecklistTemplateInput.From(template);
        }

        AddBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            // The catalog items are kept as they are until the page gets its picker (issue 24, catalog part).
            var current = EditId is { } id ? await checklists.GetTemplateAsync(id, cancellationToken) : null;
            var result = await checklists.SaveTemplateAsync(Input.ToRequest(EditId, current?.RequiredForCatalogItemIds ?? []), cancellationToken);
            if (result.IsSuccess)
            {
                TempData["Flash"] = $"Modelo de checklist {Input.Name?.Trim()} salvo.";
                return RedirectToPage(new { editar = (Guid?)null });
            }

            ModelState.AddResultErrors<ChecklistTemplateInput>(result, nameof(Input));
        }

        await LoadAsync(cancellationToken);
        AddBlankRows();
        return Page();
    }

    public static string TypeLabel(ChecklistFieldType type) => ChecklistText.FieldType(type);

    public string DeskNames(ChecklistTemplateDto t) =>
        t.DeskIds.Count == 0 ? "Todas" : string.Join(", ", Desks.Where(d => t.DeskIds.Contains(d.Id)).Select(d => d.Name));

    public string ClientNames(ChecklistTemplateDto t) =>
        t.RequiredForClientIds.Count == 0 ? "—" : string.Join(", ", Clients.Where(c => t.RequiredForClientIds.Contains(c.Id)).Select(c => c.Name));

    private void AddBlankRows()
    {
        for (var i = 0; i < ChecklistTemplateInput.BlankRows; i++)
        {
            Input.Fields.Add(new ChecklistFieldRow());
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Templates = await checklists.ListTemplatesAsync(cancellationToken);
        Desks = await setup.GetDesksAsync(cancellationToken);
        Clients = await choices.GetClientChoicesAsync(cancellationToken);
    }
}
