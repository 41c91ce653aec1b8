using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;
using Tiflux.Web.Pages.Shared;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>The Checklists tab: progress, each checklist as a form (saved whole or one item), add from a template, remove.</summary>
public sealed partial class DetailsModel
{
    public TicketChecklistsDto? Checklists { get; private set; }

    /// <summary>Active templates of the desk not yet on the ticket.</summary>
    public IReadOnlyList<ChecklistTemplateDto> ChecklistTemplates { get; private set; } = [];

    [BindProperty]
    public ChecklistFillInput ChecklistFill { get; set; } = new();

    public async Task<IActionResult> OnPostFillChecklistAsync(int? onlyIndex, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        var list = await checklists.ListAsync(Number, cancellationToken);
        var checklist = list.IsSuccess ? list.Value.Checklists.FirstOrDefault(c => c.Id == ChecklistFill.ChecklistId) : null;
        if (checklist is null)
        {
            return NotFound();
        }

        var fills = ChecklistFill.ToFills(checklist, onlyIndex);
        var result = await checklists.FillAsync(Number, checklist.Id, fills, await ActorAsync(users), cancellationToken);
        return await AfterAsync(result, onlyIndex is null ? "Checklist salvo." : "Item do checklist salvo.", "checklists", cancellationToken);
    }

    public async Task<IActionResult> OnPostAddChecklistAsync(Guid templateId, CancellationToken cancellationToken) =>
        await AfterAsync(await checklists.AddAsync(Number, templateId, await ActorAsync(users), cancellationToken), "Checklist adicionado.", "checklists", cancellationToken);

    public async Task<IActionResult> OnPostRemoveChecklistAsync(Guid checklistId, CancellationToken cancellationToken) =>
        await AfterAsync(await checklists.RemoveAsync(Number, checklistId, await ActorAsync(users), cancellationToken), "Checklist removido.", "checklists", cancellationToken);

    private async Task<bool> LoadChecklistsAsync(CancellationToken cancellationToken)
    {
        var list = await checklists.ListAsync(Number, cancellationToken);
        Checklists = list.IsSuccess ? list.Value : null;
        var present = Checklists?.Checklists.Select(c => c.TemplateId).ToHashSet() ?? [];
        ChecklistTemplates = [.. (await checklists.ListTemplatesForDeskAsync(Ticket.Desk.Id, cancellationToken)).Where(t => !present.Contains(t.Id))];
        return list.IsSuccess;
    }

    public static string FieldTypeLabel(ChecklistFieldType type) => ChecklistText.FieldType(type);

    /// <summary>A value field's number as pt-BR ("1.234,5"); other values as stored.</summary>
    public static string FieldValueInput(TicketChecklistFieldDto field) =>
        field.Type == ChecklistFieldType.Value && decimal.TryParse(field.Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("#,##0.##########", PtBr.Culture)
            : field.Value ?? "";
}
