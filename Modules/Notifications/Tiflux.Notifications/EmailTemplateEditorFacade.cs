using Microsoft.Extensions.DependencyInjection;
using Tiflux.Notifications.PublicApi;
using Tiflux.Notifications.TemplateEditing;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications;

/// <summary>Thin: Configurações › Modelos de E-mail's calls, each to its use case.</summary>
internal sealed class EmailTemplateEditorFacade(IServiceProvider services) : IEmailTemplateEditor
{
    public Task<IReadOnlyList<EmailTemplateSummaryDto>> ListAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<ListEmailTemplates>().HandleAsync(cancellationToken);

    public Task<Result<EmailTemplateDto>> GetAsync(string name, CancellationToken cancellationToken) =>
        services.GetRequiredService<GetEmailTemplate>().HandleAsync(name, cancellationToken);

    public Task<Result> SaveAsync(SaveEmailTemplateRequest request, CancellationToken cancellationToken) =>
        services.GetRequiredService<SaveEmailTemplate>().HandleAsync(request, cancellationToken);

    public Task<Result<EmailPreviewDto>> PreviewAsync(SaveEmailTemplateRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(services.GetRequiredService<EmailTemplateCheck>().Run(request));

    public Task<Result> RestoreDefaultAsync(string name, CancellationToken cancellationToken) =>
        services.GetRequiredService<RestoreEmailTemplate>().HandleAsync(name, cancellationToken);
}
