namespace Tiflux.Tickets.PublicApi;

/// <summary>The kinds of checklist field (service-desk.md §5.6); the API names are the lower-case member names.</summary>
public enum ChecklistFieldType
{
    Text = 1,
    Textarea = 2,

    /// <summary>A number (decimal).</summary>
    Value = 3,

    /// <summary>One option of several.</summary>
    Radio = 4,

    /// <summary>Any number of options.</summary>
    Checkbox = 5,
}

/// <summary>An option of a radio or checkbox field; <see cref="Id"/> is unique within its field.</summary>
public sealed record ChecklistOptionDto(int Id, string Description);

/// <summary>A field of a checklist template, in its position.</summary>
public sealed record ChecklistTemplateFieldDto(string Title, ChecklistFieldType Type, bool Required, IReadOnlyList<ChecklistOptionDto> Options);

/// <summary>
/// A checklist template. Empty <see cref="DeskIds"/> = every desk. It is attached to new tickets of the clients and
/// catalog items it is required for.
/// </summary>
public sealed record ChecklistTemplateDto(
    Guid Id,
    string Name,
    string Description,
    IReadOnlyList<ChecklistTemplateFieldDto> Fields,
    IReadOnlyList<Guid> DeskIds,
    IReadOnlyList<Guid> RequiredForClientIds,
    IReadOnlyList<Guid> RequiredForCatalogItemIds,
    bool Active);

/// <summary>Creates (no <see cref="Id"/>) or changes a template; tickets keep the snapshot they got.</summary>
public sealed record SaveChecklistTemplateRequest(
    Guid? Id,
    string Name,
    string? Description,
    IReadOnlyList<ChecklistTemplateFieldDto> Fields,
    IReadOnlyList<Guid> DeskIds,
    IReadOnlyList<Guid> RequiredForClientIds,
    IReadOnlyList<Guid> RequiredForCatalogItemIds,
    bool Active = true);

/// <summary>An option of a ticket checklist's field; <see cref="Checked"/> = chosen (radio) or ticked (checkbox).</summary>
public sealed record TicketChecklistOptionDto(int Id, string Description, bool Checked);

/// <summary>
/// A field of a ticket's checklist. <see cref="Index"/> is its position, the only reference to it. <see cref="Value"/>
/// is the text, the number (invariant culture) or the chosen option id; null when empty and for checkboxes.
/// </summary>
public sealed record TicketChecklistFieldDto(
    int Index,
    string Title,
    ChecklistFieldType Type,
    bool Required,
    bool Filled,
    string? Value,
    IReadOnlyList<TicketChecklistOptionDto>? Options)
{
    /// <summary><c>required &amp;&amp; !filled</c>: the field keeps the ticket from closing.</summary>
    public bool BlocksClose => Required && !Filled;
}

/// <summary>A checklist on a ticket: a snapshot of its template when attached, with the values filled so far.</summary>
public sealed record TicketChecklistDto(
    Guid Id,
    Guid? TemplateId,
    string Name,
    string Description,
    bool Required,
    bool Pending,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<TicketChecklistFieldDto> Fields);

/// <summary>
/// The ticket's checklists at a glance (service-desk.md §5.6): <see cref="Pending"/> counts checklists with a
/// required field unfilled; <see cref="MissingRequiredChecklists"/> names required templates not on the ticket.
/// </summary>
public sealed record ChecklistsSummaryDto(int Total, int Pending, int RequiredPending, IReadOnlyList<string> MissingRequiredChecklists)
{
    public bool BlocksClose => Pending > 0 || MissingRequiredChecklists.Count > 0;
}

/// <summary>A ticket's checklists, oldest first, with their summary.</summary>
public sealed record TicketChecklistsDto(IReadOnlyList<TicketChecklistDto> Checklists, ChecklistsSummaryDto Summary);

/// <summary>Fields filled out of all the fields of a ticket's checklists, as the lists show it ("3/5").</summary>
public sealed record ChecklistProgressDto(int Filled, int Total, bool BlocksClose);

/// <summary>Ticks (true) or unticks (false) one option of a checkbox field.</summary>
public sealed record ChecklistOptionCheck(int Id, bool Checked);

/// <summary>
/// A new value for one field. Text, textarea, value and radio take <see cref="Value"/> (null clears; a number in the
/// invariant culture; the option id for radio) and no <see cref="Options"/>; checkbox takes <see cref="Options"/>
/// (options not listed stay as they were) and no value.
/// </summary>
public sealed record ChecklistFieldFill(int Index, string? Value, IReadOnlyList<ChecklistOptionCheck>? Options);

/// <summary>Stable codes of the checklist rules; the module words them in pt-BR, the API as Tiflux does.</summary>
public static class ChecklistRuleCodes
{
    /// <summary>A required checklist item is unfilled, or a required checklist is missing: the ticket cannot close.</summary>
    public const string BlocksClose = "checklist.blocks_close";
}
