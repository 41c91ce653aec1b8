using System.Net;
using System.Text.RegularExpressions;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.ReplyTemplates;

/// <summary>
/// The <c>{{ name }}</c> variables of a reply template. A tiny replacement rather than Scriban: a canned text needs
/// five values and no logic, and what the rich editor produces (entities, tags inside a tag's braces) would break a
/// template language's syntax. Values are HTML-escaped; unknown names are refused when the template is saved.
/// </summary>
internal static partial class ReplyTemplateText
{
    public static IReadOnlyList<string> UnknownVariables(string html) =>
        [.. Variable().Matches(html).Select(m => m.Groups[1].Value).Where(n => !ReplyTemplateVariables.All.Any(v => v.Name == n)).Distinct(StringComparer.Ordinal)];

    public static string Fill(string html, IReadOnlyDictionary<string, string> values) =>
        Variable().Replace(html, m => values.TryGetValue(m.Groups[1].Value, out var value) ? WebUtility.HtmlEncode(value) : m.Value);

    [GeneratedRegex(@"\{\{\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Variable();
}
