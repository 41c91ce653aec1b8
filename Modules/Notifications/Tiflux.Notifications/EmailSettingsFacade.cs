using Microsoft.Extensions.DependencyInjection;
using Tiflux.Notifications.Email;
using Tiflux.Notifications.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Notifications;

/// <summary>Thin: Configurações › E-mail's calls, each to its use case.</summary>
internal sealed class EmailSettingsFacade(IServiceProvider services) : IEmailSettings
{
    public Task<SmtpSettingsDto> GetAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<GetSmtpSettings>().HandleAsync(cancellationToken);

    public Task<Result> SaveAsync(SaveSmtpSettingsRequest request, CancellationToken cancellationToken) =>
        services.GetRequiredService<SaveSmtpSettings>().HandleAsync(request, cancellationToken);

    public Task<Result> SendTestAsync(string? recipient, string requestedBy, CancellationToken cancellationToken) =>
        services.GetRequiredService<SendTestEmail>().HandleAsync(recipient, requestedBy, cancellationToken);
}
