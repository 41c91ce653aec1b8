using System.Collections;
using System.Globalization;
using Tiflux.BuildingBlocks.Templating;
using Tiflux.Notifications.PublicApi;

namespace Tiflux.Notifications.TemplateEditing;

/// <summary>
/// The variable table of a template, read from its sample model the way Scriban sees it (snake_case members), so the
/// table cannot drift from what the template can use.
/// </summary>
internal static class TemplateVariables
{
    public static IReadOnlyList<EmailTemplateVariableDto> Of(EmailTemplateDescriptor descriptor)
    {
        var rows = new List<EmailTemplateVariableDto>();
        Walk("", descriptor.Sample, descriptor.Notes, rows, depth: 0);
        return rows;
    }

    private static void Walk(string prefix, object? value, IReadOnlyDictionary<string, string> notes, List<EmailTemplateVariableDto> rows, int depth)
    {
        if (value is null || IsLeaf(value) || depth > 4)
        {
            rows.Add(new EmailTemplateVariableDto(prefix, Example(value), notes.GetValueOrDefault(prefix, "")));
            return;
        }

        if (value is IEnumerable list)
        {
            rows.Add(new EmailTemplateVariableDto(prefix, "lista", notes.GetValueOrDefault(prefix, "")));
            var first = list.Cast<object?>().FirstOrDefault();
            if (first is not null)
            {
                Walk(prefix + "[n]", first, notes, rows, depth + 1);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            var name = TemplateLimits.MemberName(property.Name);
            Walk(prefix.Length == 0 ? name : $"{prefix}.{name}", property.GetValue(value), notes, rows, depth + 1);
        }
    }

    private static bool IsLeaf(object value) => value is string or bool or TrustedHtml || value.GetType().IsPrimitive || value is decimal;

    private static string Example(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        TrustedHtml html => html.Value,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
