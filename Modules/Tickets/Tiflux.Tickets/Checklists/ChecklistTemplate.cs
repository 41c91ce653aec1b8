using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Checklists;

/// <summary>A checklist template (modelo de checklist); never deleted, only deactivated, so tickets keep its id.</summary>
internal sealed class ChecklistTemplate
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    /// <summary>The fields in order (jsonb).</summary>
    public List<ChecklistTemplateField> Fields { get; set; } = [];

    /// <summary>Desks whose tickets may get it; empty = every desk.</summary>
    public List<Guid> DeskIds { get; set; } = [];

    public List<Guid> RequiredForClientIds { get; set; } = [];

    /// <summary>Catalog items (Catálogo de serviços) whose tickets get it; plain ids, the catalog is another part.</summary>
    public List<Guid> RequiredForCatalogItemIds { get; set; } = [];

    public bool Active { get; set; } = true;

    public DateTimeOffset UpdatedAt { get; set; }

    public bool Serves(Guid deskId) => DeskIds.Count == 0 || DeskIds.Contains(deskId);

    public bool IsRequiredFor(Guid clientId, Guid? catalogItemId) =>
        RequiredForClientIds.Contains(clientId) || (catalogItemId is { } item && RequiredForCatalogItemIds.Contains(item));

    public ChecklistTemplateDto ToDto() => new(
        Id, Name, Description, [.. Fields.Select(f => f.ToDto())], DeskIds, RequiredForClientIds, RequiredForCatalogItemIds, Active);
}

/// <summary>A field of a template (a jsonb element).</summary>
internal sealed record ChecklistTemplateField(string Title, ChecklistFieldType Type, bool Required, List<ChecklistOptionDto> Options)
{
    public ChecklistTemplateFieldDto ToDto() => new(Title, Type, Required, Options);
}
