using Tiflux.SharedKernel;

namespace Tiflux.Notifications.PublicApi;

/// <summary>
/// Configurações › Modelos de E-mail: the e-mails about ticket events, each editable (subject, HTML and text parts).
/// A saved version replaces the built-in one for the next e-mails; restoring deletes it.
/// </summary>
public interface IEmailTemplateEditor
{
    /// <summary>The editable templates, in the order the page lists them.</summary>
    Task<IReadOnlyList<EmailTemplateSummaryDto>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The template in force (the saved version, else the built-in one), its variables and the built-in text.</summary>
    Task<Result<EmailTemplateDto>> GetAsync(string name, CancellationToken cancellationToken);

    /// <summary>Checks the three parts against sample data and saves them; nothing is saved when one has an error.</summary>
    Task<Result> SaveAsync(SaveEmailTemplateRequest request, CancellationToken cancellationToken);

    /// <summary>Renders the given parts with the sample data, without saving.</summary>
    Task<Result<EmailPreviewDto>> PreviewAsync(SaveEmailTemplateRequest request, CancellationToken cancellationToken);

    /// <summary>Deletes the saved version, so the built-in template is used again.</summary>
    Task<Result> RestoreDefaultAsync(string name, CancellationToken cancellationToken);
}

public sealed record EmailTemplateSummaryDto(string Name, string Label, string Description, bool Customized, DateTimeOffset? UpdatedAt, string? UpdatedBy);

/// <summary>One variable a template can use, with the value the preview shows.</summary>
public sealed record EmailTemplateVariableDto(string Name, string Example, string Note);

public sealed record EmailTemplateDto(
    EmailTemplateSummaryDto Summary,
    string Subject,
    string Html,
    string Text,
    IReadOnlyList<EmailTemplateVariableDto> Variables);

public sealed record SaveEmailTemplateRequest(string Name, string? Subject, string? Html, string? Text, string By);

public sealed record EmailPreviewDto(string Subject, string Html, string Text);

/// <summary>Bounds of the template form, shared by the module's validation and the page's <c>maxlength</c>s.</summary>
public static class EmailTemplateLimits
{
    public const int Subject = 500;

    public const int Html = 50_000;

    public const int Text = 20_000;
}
