using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Checklists;

/// <summary>
/// The shape of a template: a name, 1 to <see cref="TicketLimits.ChecklistFields"/> titled fields, and options (unique
/// positive ids, a description each) on radio and checkbox fields only. Returns the trimmed fields when valid.
/// </summary>
internal static class ChecklistTemplateValidation
{
    public static Result<List<ChecklistTemplateField>> Validate(SaveChecklistTemplateRequest request)
    {
        var errors = new List<Error>();
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(Error.Validation("Name", "Informe o nome do modelo de checklist."));
        }
        else if (name.Length > TicketLimits.ChecklistName)
        {
            errors.Add(Error.Validation("Name", $"Use no máximo {TicketLimits.ChecklistName} caracteres no nome."));
        }

        if ((request.Description?.Trim().Length ?? 0) > TicketLimits.ChecklistDescription)
        {
            errors.Add(Error.Validation("Description", $"Use no máximo {TicketLimits.ChecklistDescription} caracteres na descrição."));
        }

        if (!TextInput.IsStorable(request.Name) || !TextInput.IsStorable(request.Description))
        {
            errors.Add(Error.Validation("Name", TextInput.InvalidCharactersMessage));
        }

        var fields = request.Fields ?? [];
        if (fields.Count == 0)
        {
            errors.Add(Error.Validation("Fields", "Inclua ao menos um item no checklist."));
        }
        else if (fields.Count > TicketLimits.ChecklistFields)
        {
            errors.Add(Error.Validation("Fields", $"Um checklist tem no máximo {TicketLimits.ChecklistFields} itens."));
        }

        var clean = new List<ChecklistTemplateField>();
        for (var i = 0; i < fields.Count && fields.Count <= TicketLimits.ChecklistFields; i++)
        {
            var field = Field(fields[i], i + 1, errors);
            if (field is not null)
            {
                clean.Add(field);
            }
        }

        return errors.Count > 0 ? Result<List<ChecklistTemplateField>>.Failure(errors) : Result<List<ChecklistTemplateField>>.Success(clean);
    }

    private static ChecklistTemplateField? Field(ChecklistTemplateFieldDto field, int position, List<Error> errors)
    {
        var key = $"Fields[{position - 1}]";
        var title = field.Title?.Trim() ?? "";
        var before = errors.Count;
        if (title.Length == 0)
        {
            errors.Add(Error.Validation(key, $"Item {position}: informe o título."));
        }
        else if (title.Length > TicketLimits.ChecklistFieldTitle || !TextInput.IsStorable(title))
        {
            errors.Add(Error.Validation(key, $"Item {position}: use no máximo {TicketLimits.ChecklistFieldTitle} caracteres válidos no título."));
        }

        if (!Enum.IsDefined(field.Type))
        {
            errors.Add(Error.Validation(key, $"Item {position}: escolha o tipo (texto, texto longo, valor, escolha única ou múltipla escolha)."));
        }

        var choice = field.Type is ChecklistFieldType.Radio or ChecklistFieldType.Checkbox;

        // Options left over from a type changed in the editor mean nothing on a text or number field; they are dropped.
        var options = choice ? Options(field.Options ?? [], position, key, errors) : [];
        return errors.Count == before ? new ChecklistTemplateField(title, field.Type, field.Required, options) : null;
    }

    private static List<ChecklistOptionDto> Options(IReadOnlyList<ChecklistOptionDto> options, int position, string key, List<Error> errors)
    {
        if (options.Count == 0)
        {
            errors.Add(Error.Validation(key, $"Item {position}: um item de escolha precisa de ao menos uma opção."));
        }
        else if (options.Count > TicketLimits.ChecklistOptions)
        {
            errors.Add(Error.Validation(key, $"Item {position}: use no máximo {TicketLimits.ChecklistOptions} opções."));
        }

        if (options.Any(o => o.Id <= 0))
        {
            errors.Add(Error.Validation(key, $"Item {position}: o código de cada opção é um número maior que zero."));
        }

        if (options.GroupBy(o => o.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            errors.Add(Error.Validation(key, $"Item {position}: o código de opção {twice.Key} aparece mais de uma vez."));
        }

        if (options.Any(o => string.IsNullOrWhiteSpace(o.Description) || o.Description.Trim().Length > TicketLimits.ChecklistFieldTitle || !TextInput.IsStorable(o.Description)))
        {
            errors.Add(Error.Validation(key, $"Item {position}: dê a cada opção uma descrição de até {TicketLimits.ChecklistFieldTitle} caracteres."));
        }

        return [.. options.Select(o => new ChecklistOptionDto(o.Id, o.Description?.Trim() ?? ""))];
    }
}
