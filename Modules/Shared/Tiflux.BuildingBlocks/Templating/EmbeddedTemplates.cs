using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Tiflux.BuildingBlocks.Templating;

/// <summary>
/// Scriban templates embedded in a module assembly (resources under <c>&lt;RootNamespace&gt;.Templates.</c> whose names
/// contain <c>.sbn-</c>), parsed once when constructed (register as a singleton). Template names are the path below
/// Templates with '/' separators and without the extension: <c>Billing/Closing</c>, <c>_layout</c>.
/// Scriban does not HTML-escape: templates pass every user value through <c>html.escape</c>.
/// </summary>
/// <remarks>
/// The Scriban engine lives here so that the modules that own templates (Reporting: documents; Notifications: e-mails)
/// share one loader and cache; each module keeps its own templates.
/// </remarks>
public class EmbeddedTemplates : ITemplateLoader
{
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);

    public EmbeddedTemplates(Assembly assembly, string resourcePrefix)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var errors = new List<string>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(resourcePrefix, StringComparison.Ordinal)))
        {
            var marker = resource.IndexOf(".sbn-", StringComparison.Ordinal);
            if (marker < 0)
            {
                continue;
            }

            var name = resource[resourcePrefix.Length..marker].Replace('.', '/');
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var template = Template.Parse(reader.ReadToEnd(), resource);
            if (template.HasErrors)
            {
                errors.Add($"{resource}: {string.Join("; ", template.Messages.Select(m => m.ToString()))}");
            }

            _templates[name] = template;
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Templates with errors: " + string.Join(" | ", errors));
        }
    }

    public IReadOnlyCollection<string> Names => _templates.Keys;

    /// <summary>Renders <paramref name="name"/> with the members of <paramref name="model"/> (snake_case) as globals.</summary>
    public string Render(string name, object model, IReadOnlyDictionary<string, object?>? extra = null) =>
        Render(Find(name), model, new TemplateContext { LoopLimit = 100_000 }, extra);

    /// <summary>
    /// Renders <paramref name="template"/> (one of this set, or one parsed elsewhere, such as an administrator's version)
    /// in <paramref name="context"/>, which keeps its limits; the set's templates can be included.
    /// </summary>
    public string Render(Template template, object model, TemplateContext context, IReadOnlyDictionary<string, object?>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(context);
        var globals = new ScriptObject();
        globals.Import(model);
        foreach (var (key, value) in extra ?? new Dictionary<string, object?>())
        {
            globals[key] = value;
        }

        context.TemplateLoader = this;
        context.StrictVariables = true;
        context.EnableRelaxedMemberAccess = false;
        foreach (var (key, value) in _templates)
        {
            context.CachedTemplates[key] = value;
        }

        context.PushGlobal(globals);
        return template.Render(context);
    }

    /// <summary>
    /// Renders an administrator's <paramref name="source"/> (or, when null, the embedded template <paramref name="name"/>)
    /// within <paramref name="limits"/>; <paramref name="html"/> escapes every value (<see cref="HtmlTemplateContext"/>).
    /// A template that does not parse or render throws a <see cref="TemplateException"/> with a pt-BR message.
    /// </summary>
    public string Render(string name, string? source, object model, bool html, TemplateLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        Template template;
        if (source is null)
        {
            template = Find(name);
        }
        else
        {
            template = Template.Parse(source, name);
            if (template.HasErrors)
            {
                throw TemplateErrors.Parse(template.Messages);
            }
        }

        var context = html ? new HtmlTemplateContext() : new TemplateContext();
        context.LoopLimit = limits.Loops;
        context.RecursiveLimit = limits.Recursion;
        context.OutputLimit = limits.Output;
        context.OnOutputLimit = ScriptLimitBehavior.Throw;
        try
        {
            return Render(template, model, context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            throw TemplateErrors.Runtime(e);
        }
    }

    /// <summary>The embedded template <paramref name="name"/>; throws when there is none.</summary>
    public Template Find(string name) =>
        _templates.TryGetValue(name, out var template) ? template : throw new InvalidOperationException($"Template '{name}' does not exist.");

    /// <summary>Renders <paramref name="name"/>, then <paramref name="layout"/> with the result as the <c>body</c> variable.</summary>
    public string RenderWithLayout(string name, string layout, object model)
    {
        var body = Render(name, model);
        return Render(layout, model, new Dictionary<string, object?> { ["body"] = body });
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new InvalidOperationException($"Template '{templatePath}' does not exist.");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new InvalidOperationException($"Template '{templatePath}' does not exist.");
}
