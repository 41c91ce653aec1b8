namespace Tiflux.BuildingBlocks.Templating;

/// <summary>
/// HTML that is already safe to write into a page or an e-mail (sanitised by its owner, or escaped):
/// <see cref="HtmlTemplateContext"/> writes it as it is and escapes every other value.
/// </summary>
public sealed record TrustedHtml(string Value)
{
    public override string ToString() => Value;
}
