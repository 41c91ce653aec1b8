using Tiflux.Api.Conventions;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Api.Checklists;

/// <summary>
/// The body of a checklist item update: <c>{value}</c> for text, textarea, value and radio (null clears), or
/// <c>{options:[{id, checked}]}</c> for checkbox. The wrong shape for the field's type is 422 on <c>item</c>.
/// </summary>
internal static class ChecklistItemReader
{
    private const string Item = "item";

    public static ChecklistFieldFill Read(BodyReader body, int index, ChecklistFieldType type)
    {
        var typeName = ChecklistViews.TypeName(type);
        if (type == ChecklistFieldType.Checkbox)
        {
            if (!body.Has("options") || body.Has("value"))
            {
                throw Shape($"field of type \"{typeName}\" requires the options attribute");
            }

            var options = body.Objects("options");
            var checks = new List<ChecklistOptionCheck>();
            foreach (var option in options ?? [])
            {
                var id = option.Int("id", required: true);
                var isChecked = option.Bool("checked");
                if (id is null || isChecked is null || option.HasErrors)
                {
                    throw Shape("each option needs an integer id and a boolean checked");
                }

                checks.Add(new ChecklistOptionCheck(id.Value, isChecked.Value));
            }

            body.ThrowIfErrors();
            return options is null ? throw Shape($"field of type \"{typeName}\" requires the options attribute") : new ChecklistFieldFill(index, null, checks);
        }

        if (!body.Has("value") || body.Has("options"))
        {
            throw Shape($"field of type \"{typeName}\" requires the value attribute");
        }

        var value = body.String("value");
        body.ThrowIfErrors();
        return new ChecklistFieldFill(index, value, null);
    }

    private static ApiErrorException Shape(string reason) => new(ApiError.Body(Item, reason));
}
