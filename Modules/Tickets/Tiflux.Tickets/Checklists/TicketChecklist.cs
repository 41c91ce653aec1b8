using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Checklists;

/// <summary>
/// A checklist on a ticket: the template's name, description and fields copied when attached (a field's index is its
/// only reference, so later template edits must not move it), with the values filled since.
/// </summary>
internal sealed class TicketChecklist
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TicketId { get; init; }

    /// <summary>Null when the checklist has no template (the API then refuses to fill it).</summary>
    public Guid? TemplateId { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Attached because the ticket's client or catalog item requires the template; it cannot be removed.</summary>
    public bool Required { get; init; }

    /// <summary>The fields with their values (jsonb).</summary>
    public List<TicketChecklistField> Fields { get; set; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public bool Pending => Fields.Exists(f => f.BlocksClose);

    public static TicketChecklist Snapshot(ChecklistTemplate template, Guid ticketId, bool required, DateTimeOffset now) => new()
    {
        TicketId = ticketId,
        TemplateId = template.Id,
        Name = template.Name,
        Description = template.Description,
        Required = required,
        Fields = [.. template.Fields.Select(f => new TicketChecklistField(
            f.Title, f.Type, f.Required, null, [.. f.Options.Select(o => new TicketChecklistOption(o.Id, o.Description, false))]))],
        CreatedAt = now,
        UpdatedAt = now,
    };

    public TicketChecklistDto ToDto() => new(
        Id, TemplateId, Name, Description, Required, Pending, CreatedAt, UpdatedAt, [.. Fields.Select((f, i) => f.ToDto(i))]);
}

/// <summary>
/// A field of a ticket checklist (a jsonb element). <see cref="Value"/>: the text, the number in the invariant culture
/// or the chosen radio option's id; checkbox fields keep their state in <see cref="Options"/>.
/// </summary>
internal sealed record TicketChecklistField(string Title, ChecklistFieldType Type, bool Required, string? Value, List<TicketChecklistOption> Options)
{
    /// <summary>The §5.6 rules: text, textarea and value are not blank; radio holds an option; checkbox has one ticked.</summary>
    public bool Filled => Type switch
    {
        ChecklistFieldType.Checkbox => Options.Exists(o => o.Checked),
        _ => !string.IsNullOrWhiteSpace(Value),
    };

    public bool BlocksClose => Required && !Filled;

    /// <summary>Whether a radio field's value is this option.</summary>
    public bool IsChosen(TicketChecklistOption option) => option.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == Value;

    public TicketChecklistFieldDto ToDto(int index) => new(
        index, Title, Type, Required, Filled, Type == ChecklistFieldType.Checkbox ? null : Value,
        Type is ChecklistFieldType.Radio or ChecklistFieldType.Checkbox
            ? [.. Options.Select(o => new TicketChecklistOptionDto(o.Id, o.Description, Type == ChecklistFieldType.Radio ? IsChosen(o) : o.Checked))]
            : null);
}

internal sealed record TicketChecklistOption(int Id, string Description, bool Checked);
