using System.Globalization;
using System.Text;

namespace Tiflux.Reporting.Pdf;

/// <summary>
/// What every printed page shows around the document: the organisation's name (top left), the document's title (top
/// right) and "Página X de Y" (bottom right). Printed as CSS page-margin boxes in the document itself rather than
/// Chromium's header and footer templates, which lay out two extra documents per page (ADR 0020).
/// </summary>
internal sealed record PageFrame(string HeaderLeft, string HeaderRight)
{
    private const string Font = "font-family:'Liberation Sans',Arial,sans-serif;font-size:8px;color:#556;";

    /// <summary>The A4 page, its margins and the margin boxes, as a style element for the document's head.</summary>
    public string ToStyle() =>
        "<style>@page{size:A4;margin:22mm 12mm 18mm 12mm;" +
        $"@top-left{{content:\"{CssString(HeaderLeft)}\";{Font}}}" +
        $"@top-right{{content:\"{CssString(HeaderRight)}\";{Font}}}" +
        $"@bottom-right{{content:\"Página \" counter(page) \" de \" counter(pages);{Font}}}}}</style>";

    /// <summary>The document with the frame's style as the last style of its head (or first in it, when it has none).</summary>
    public string Apply(string html)
    {
        var style = ToStyle();
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head >= 0 ? html.Insert(head, style) : style + html;
    }

    /// <summary>
    /// Text as the inside of a CSS string: letters, digits and spaces stay, everything else becomes a six-digit hex
    /// escape, so a name cannot end the string, the rule or the style element.
    /// </summary>
    internal static string CssString(string text)
    {
        var css = new StringBuilder(text.Length + 16);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || rune.Value == ' ')
            {
                css.Append(rune.ToString());
            }
            else
            {
                css.Append('\\').Append(rune.Value.ToString("x6", CultureInfo.InvariantCulture));
            }
        }

        return css.ToString();
    }
}
