using System.Globalization;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Api.Tickets;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Checklists;

/// <summary>A ticket checklist as Tiflux shows it (service-desk.md §5.6, §9.10); <c>id</c> is the template's public id.</summary>
internal sealed record ChecklistView(
    int? Id, string Name, string Description, bool Required, bool Pending, string CreatedAt, string UpdatedAt, IReadOnlyList<ChecklistFieldView> Fields);

/// <summary>
/// One field: <c>value</c> is text for text fields, a number for value fields, the chosen option id for radio fields,
/// null for checkboxes; <c>options</c> (radio and checkbox only) carry <c>value</c> = chosen/ticked.
/// </summary>
internal sealed record ChecklistFieldView(
    int Index, string Title, string Type, bool Required, bool Filled, object? Value, IReadOnlyList<ChecklistOptionView>? Options);

internal sealed record ChecklistOptionView(int Id, string Description, bool Value);

internal static class ChecklistViews
{
    public static PublicIdBatch AddTemplates(this PublicIdBatch batch, IEnumerable<TicketChecklistDto> checklists) =>
        batch.AddRange(PublicIdKind.ChecklistTemplate, checklists.Select(c => c.TemplateId).OfType<Guid>());

    public static ChecklistView View(TicketChecklistDto c, PublicIdMap map) => new(
        map.Find(PublicIdKind.ChecklistTemplate, c.TemplateId),
        c.Name,
        c.Description,
        c.Required,
        c.Pending,
        ApiResults.DateTime(c.CreatedAt),
        ApiResults.DateTime(c.UpdatedAt),
        [.. c.Fields.Select(Field)]);

    public static string TypeName(ChecklistFieldType type) => type.ToString().ToLowerInvariant();

    public static ChecklistsSummary Summary(ChecklistsSummaryDto s) =>
        new(s.Total, s.Pending, s.RequiredPending, [.. s.MissingRequiredChecklists], s.BlocksClose);

    private static ChecklistFieldView Field(TicketChecklistFieldDto f) => new(
        f.Index,
        f.Title,
        TypeName(f.Type),
        f.Required,
        f.Filled,
        Value(f),
        f.Options?.Select(o => new ChecklistOptionView(o.Id, o.Description, o.Checked)).ToList());

    private static object? Value(TicketChecklistFieldDto f) => f.Value is null ? null : f.Type switch
    {
        ChecklistFieldType.Value => decimal.Parse(f.Value, CultureInfo.InvariantCulture),
        ChecklistFieldType.Radio => int.Parse(f.Value, CultureInfo.InvariantCulture),
        _ => f.Value,
    };
}
