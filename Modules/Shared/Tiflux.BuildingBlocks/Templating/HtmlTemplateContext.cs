using System.Net;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Tiflux.BuildingBlocks.Templating;

/// <summary>
/// A Scriban context for HTML output that escapes every value it writes, so a template that forgets
/// <c>html.escape</c> cannot inject markup. <see cref="TrustedHtml"/> values pass through unchanged, and
/// <c>html.escape</c> itself returns one, so templates that still escape by hand are not escaped twice.
/// </summary>
public class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext()
    {
        var html = new HtmlFunctions();
        html.Import("escape", new Func<object?, TrustedHtml>(value => new TrustedHtml(WebUtility.HtmlEncode(value?.ToString() ?? ""))));
        var globals = new ScriptObject { ["html"] = html };
        PushGlobal(globals);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml trusted => Write(trusted.Value),
        _ => Write(WebUtility.HtmlEncode(ObjectToString(textAsObject) ?? "")),
    };

    public override string? ObjectToString(object? value, bool nested = false) =>
        value is TrustedHtml trusted ? trusted.Value : base.ObjectToString(value, nested);
}
