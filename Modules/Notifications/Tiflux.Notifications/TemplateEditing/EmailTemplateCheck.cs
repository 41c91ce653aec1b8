using Tiflux.BuildingBlocks.Templating;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications.TemplateEditing;

/// <summary>
/// Checks an edited template the way the sender will use it: each part within its size, parsed, and rendered against
/// the sample model with strict variables (an unknown variable is an error). The result is the preview.
/// </summary>
internal sealed class EmailTemplateCheck(EmailTemplates templates)
{
    public Result<EmailPreviewDto> Run(SaveEmailTemplateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var descriptor = Find(request.Name);
        if (descriptor is null)
        {
            return NotFound;
        }

        var errors = new List<Error>();
        Require(request.Subject, nameof(request.Subject), "o assunto", EmailTemplateLimits.Subject, errors);
        Require(request.Html, nameof(request.Html), "o HTML", EmailTemplateLimits.Html, errors);
        Require(request.Text, nameof(request.Text), "o texto", EmailTemplateLimits.Text, errors);
        if (errors.Count > 0)
        {
            return Result<EmailPreviewDto>.Failure(errors);
        }

        var custom = new EmailTemplateOverride { TemplateName = descriptor.Name, Subject = request.Subject!, Html = request.Html!, Text = request.Text! };
        foreach (var (field, only) in new[] { (nameof(request.Subject), "Subject"), (nameof(request.Html), "Html"), (nameof(request.Text), "Text") })
        {
            // Each part alone, so the message names the field that has the error.
            try
            {
                templates.Compose(descriptor.Name, descriptor.Sample, OnlyPart(custom, only));
            }
            catch (TemplateException e)
            {
                errors.Add(Error.Validation(field, e.Message));
            }
        }

        if (errors.Count > 0)
        {
            return Result<EmailPreviewDto>.Failure(errors);
        }

        var (subject, html, text) = templates.Compose(descriptor.Name, descriptor.Sample, custom);
        return Result<EmailPreviewDto>.Success(new EmailPreviewDto(subject, html, text));
    }

    public EmailTemplateDescriptor? Find(string? name) =>
        EmailTemplateCatalog.Editable(templates.Folders).FirstOrDefault(d => d.Name == name);

    public static Error NotFound => Error.NotFound("Modelo de e-mail não encontrado.");

    // The other parts stay the built-in ones, which always render.
    private static EmailTemplateOverride OnlyPart(EmailTemplateOverride custom, string part) => new()
    {
        TemplateName = custom.TemplateName,
        Subject = part == "Subject" ? custom.Subject : EmailTemplates.DefaultSource(custom.TemplateName, "Subject"),
        Html = part == "Html" ? custom.Html : EmailTemplates.DefaultSource(custom.TemplateName, "Html"),
        Text = part == "Text" ? custom.Text : EmailTemplates.DefaultSource(custom.TemplateName, "Text"),
    };

    private static void Require(string? value, string field, string what, int limit, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(Error.Validation(field, $"Informe {what}."));
        }
        else if (value.Length > limit)
        {
            errors.Add(Error.Validation(field, $"{char.ToUpperInvariant(what[0])}{what[1..]} deve ter no máximo {limit.ToString("N0", PtBr.Culture)} caracteres."));
        }
    }
}
