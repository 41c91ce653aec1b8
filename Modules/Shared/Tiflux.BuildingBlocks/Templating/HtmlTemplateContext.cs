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
        // A fresh "html" object shadowing the built-in one: its functions but with an escape that marks its result as trusted.
        var html = new ScriptObject();
        html.Import(typeof(HtmlFunctions), filter: member => member.Name != nameof(HtmlFunctions.Escape));
        html.Import("escape", new Func<object?, TrustedHtml>(value => new TrustedHtml(HtmlFunctions.Escape(value?.ToString() ?? "") ?? "")));
        var globals = new ScriptObject { ["html"] = html };
        PushGlobal(globals);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        TrustedHtml trusted => Write(trusted.Value),
        _ => Write(HtmlFunctions.Escape(ObjectToString(textAsObject) ?? "")),
    };

    public override string? ObjectToString(object? value, bool nested = false) =>
        value is TrustedHtml trusted ? trusted.Value : base.ObjectToString(value, nested);
}
