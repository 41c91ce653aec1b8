using System.Globalization;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Checklists;

/// <summary>
/// A new value for one field (service-desk.md §5.6): text, textarea, value and radio take a value (null clears);
/// checkbox takes option changes, and options not listed stay as they were. A wrong shape is refused on <c>Item</c>.
/// </summary>
internal static class ChecklistFieldFilling
{
    private const string Field = "Item";

    public static Result<TicketChecklistField> Apply(TicketChecklistField field, ChecklistFieldFill fill)
    {
        var label = $"Item {fill.Index} ({field.Title})";
        if (field.Type == ChecklistFieldType.Checkbox)
        {
            return fill.Value is not null || fill.Options is null
                ? Error.Validation(Field, $"{label}: um item de caixas de seleção recebe as opções marcadas e desmarcadas, não um valor.")
                : Check(field, fill.Options, label);
        }

        if (fill.Options is not null)
        {
            return Error.Validation(Field, $"{label}: só itens de caixas de seleção recebem opções; informe o valor.");
        }

        var value = string.IsNullOrWhiteSpace(fill.Value) ? null : fill.Value.Trim();
        if (value is null)
        {
            return Ok(field with { Value = null });
        }

        return field.Type switch
        {
            ChecklistFieldType.Value => Number(field, value, label),
            ChecklistFieldType.Radio => Choose(field, value, label),
            _ => Text(field, value, label),
        };
    }

    private static Result<TicketChecklistField> Text(TicketChecklistField field, string value, string label)
    {
        if (value.Length > TicketLimits.ChecklistFieldValue)
        {
            return Error.Validation(Field, $"{label}: use no máximo {TicketLimits.ChecklistFieldValue} caracteres.");
        }

        if (!TextInput.IsStorable(value))
        {
            return Error.Validation(Field, $"{label}: {TextInput.InvalidCharactersMessage}");
        }

        if (field.Type == ChecklistFieldType.Text && value.Contains('\n', StringComparison.Ordinal))
        {
            return Error.Validation(Field, $"{label}: um item de texto tem uma linha só; use um item de texto longo para várias.");
        }

        return Ok(field with { Value = value });
    }

    private static Result<TicketChecklistField> Number(TicketChecklistField field, string value, string label)
    {
        // Invariant culture: the API sends numbers as JSON; the page converts the pt-BR input before calling.
        return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            && Math.Abs(number) < 1_000_000_000_000m
            ? Ok(field with { Value = number.ToString(CultureInfo.InvariantCulture) })
            : Error.Validation(Field, $"{label}: informe um número (por exemplo 1234.5).");
    }

    private static Result<TicketChecklistField> Choose(TicketChecklistField field, string value, string label)
    {
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && field.Options.Exists(o => o.Id == id)
            ? Ok(field with { Value = id.ToString(CultureInfo.InvariantCulture) })
            : Error.Validation(Field, $"{label}: escolha uma das opções ({string.Join(", ", field.Options.Select(o => o.Id))}).");
    }

    private static Result<TicketChecklistField> Check(TicketChecklistField field, IReadOnlyList<ChecklistOptionCheck> checks, string label)
    {
        var unknown = checks.Where(c => !field.Options.Exists(o => o.Id == c.Id)).Select(c => c.Id).Distinct().ToList();
        if (unknown.Count > 0)
        {
            return Error.Validation(Field, $"{label}: opção {string.Join(", ", unknown)} não existe neste item.");
        }

        if (checks.GroupBy(c => c.Id).Any(g => g.Select(c => c.Checked).Distinct().Count() > 1))
        {
            return Error.Validation(Field, $"{label}: a mesma opção veio marcada e desmarcada.");
        }

        return Ok(field with
        {
            Options = [.. field.Options.Select(o => checks.FirstOrDefault(c => c.Id == o.Id) is { } c ? o with { Checked = c.Checked } : o)],
        });
    }

    private static Result<TicketChecklistField> Ok(TicketChecklistField field) => Result<TicketChecklistField>.Success(field);
}
