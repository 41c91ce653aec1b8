using System.Globalization;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Web.Pages.Tickets;

/// <summary>One checklist form of the ticket page: every field as typed.</summary>
public sealed class ChecklistFillInput
{
    public Guid ChecklistId { get; set; }

    public List<ChecklistFieldInput> Fields { get; set; } = [];

    /// <summary>
    /// The fills for the module: all fields, or only the one whose "Salvar item" was pressed. A number typed in pt-BR
    /// ("1.234,5") goes in the invariant culture; an unreadable one is left as typed for the module to refuse.
    /// </summary>
    public IReadOnlyList<ChecklistFieldFill> ToFills(TicketChecklistDto checklist, int? onlyIndex) =>
        [.. Fields.Where(f => f.Index >= 0 && f.Index < checklist.Fields.Count && (onlyIndex is null || f.Index == onlyIndex))
            .Select(f => f.ToFill(checklist.Fields[f.Index].Type))];
}

/// <summary>A field as posted: text/number/radio in <see cref="Value"/>; checkboxes as every option id and the ticked ones.</summary>
public sealed class ChecklistFieldInput
{
    public int Index { get; set; }

    public string? Value { get; set; }

    public List<int> OptionIds { get; set; } = [];

    public List<int> Checked { get; set; } = [];

    public ChecklistFieldFill ToFill(ChecklistFieldType type) => type switch
    {
        ChecklistFieldType.Checkbox => new ChecklistFieldFill(Index, null, [.. OptionIds.Distinct().Select(id => new ChecklistOptionCheck(id, Checked.Contains(id)))]),
        ChecklistFieldType.Value => new ChecklistFieldFill(
            Index, PtBrParsing.TryParseMoney(Value, out var number) ? number?.ToString(CultureInfo.InvariantCulture) : Value, null),
        _ => new ChecklistFieldFill(Index, Value, null),
    };
}
