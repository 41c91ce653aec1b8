using System.Net;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Tiflux.SharedKernel;
using Tiflux.Tickets.PublicApi;

namespace Tiflux.Tickets.Conversation;

/// <summary>
/// The HTML of answers and internal notes: cleaned by HtmlSanitizer down to safe formatting (paragraphs, emphasis,
/// lists, quotes, code, links over http/https/mailto). Plain text (no tags) keeps its line breaks. What is stored is
/// the cleaned HTML, so every reader (pages, e-mail, API) shows the same safe text.
/// </summary>
internal static class MessageHtml
{
    public const string Field = "Html";

    private static readonly string[] Tags =
        ["p", "br", "div", "span", "strong", "b", "em", "i", "u", "s", "del", "ul", "ol", "li", "blockquote", "pre", "code", "a", "h1", "h2", "h3"];

    public static Result<string> Clean(string? input, string emptyMessage)
    {
        var text = input ?? "";
        if (text.Length > TicketLimits.MessageHtml)
        {
            return Error.Validation(Field, $"A mensagem deve ter no máximo {TicketLimits.MessageHtml:N0} caracteres.".Replace(',', '.'));
        }

        var html = text.Contains('<', StringComparison.Ordinal)
            ? Sanitizer().Sanitize(text)
            : WebUtility.HtmlEncode(text.Trim()).ReplaceLineEndings("<br>");
        return ToText(html).Trim().Length == 0
            ? Error.Validation(Field, emptyMessage)
            : Result<string>.Success(html.Trim());
    }

    /// <summary>The text of cleaned HTML, for the plain-text part of e-mails.</summary>
    public static string ToText(string html)
    {
        var document = new HtmlParser().ParseDocument($"<body>{html.Replace("<br>", "\n", StringComparison.Ordinal)}</body>");
        return document.Body?.TextContent ?? "";
    }

    /// <summary>A new sanitizer per call: its configuration is shared state, and a call costs little next to the request.</summary>
    private static HtmlSanitizer Sanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                link.SetAttribute("rel", "noopener noreferrer nofollow");
                link.SetAttribute("target", "_blank");
            }
        };
        return sanitizer;
    }
}
