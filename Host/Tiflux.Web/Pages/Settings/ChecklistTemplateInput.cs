using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Settings;

/// <summary>The checklist template form; each field's options are typed one per line and numbered 1, 2, 3… in order.</summary>
public sealed class ChecklistTemplateInput
{
    /// <summary>Blank rows the form offers when it opens (JavaScript adds more).</summary>
    public const int BlankRows = 2;

    public string? Name { get; set; }

    public string? Description { get; set; }

    public bool Active { get; set; } = true;

    public List<Guid> DeskIds { get; set; } = [];

    public List<Guid> ClientIds { get; set; } = [];

    public List<ChecklistFieldRow> Fields { get; set; } = [];

    public static ChecklistTemplateInput From(ChecklistTemplateDto t) => new()
    {
        Name = t.Name,
        Description = t.Description,
        Active = t.Active,
        DeskIds = [.. t.DeskIds],
        ClientIds = [.. t.RequiredForClientIds],
        Fields = [.. t.Fields.Select(f => new ChecklistFieldRow
        {
            Title = f.Title, Type = f.Type, Required = f.Required, Options = string.Join('\n', f.Options.Select(o => o.Description)),
        })],
    };

    /// <summary>The request; rows with no title and no options are the form's spare rows and are skipped.</summary>
    public SaveChecklistTemplateRequest ToRequest(Guid? id, IReadOnlyList<Guid> catalogItemIds) => new(
        id,
        Name ?? "",
        Description,
        [.. Fields.Where(f => !f.IsBlank).Select(f => f.ToDto())],
        DeskIds,
        ClientIds,
        catalogItemIds,
        Active);
}

public sealed class ChecklistFieldRow
{
    public string? Title { get; set; }

    public ChecklistFieldType Type { get; set; } = ChecklistFieldType.Text;

    public bool Required { get; set; }

    public string? Options { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Options);

    public ChecklistTemplateFieldDto ToDto() => new(
        Title ?? "",
        Type,
        Required,
        [.. (Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select((o, i) => new ChecklistOptionDto(i + 1, o))]);
}
