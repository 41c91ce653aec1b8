using Microsoft.Extensions.DependencyInjection;
using Tiflux.Integrations.Asaas;
using Tiflux.Integrations.Charges;
using Tiflux.Integrations.ContaAzul;
using Tiflux.Integrations.PublicApi;
using Tiflux.Integrations.Settings;
using Tiflux.SharedKernel;

namespace Tiflux.Integrations;

/// <summary>Thin: each call resolves the use case that does the work and calls its <c>HandleAsync</c>.</summary>
internal sealed class IntegrationsFacade(IServiceProvider services) : IIntegrationsModule
{
    private T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public Task<IntegrationSettingsDto> GetSettingsAsync(CancellationToken cancellationToken) =>
        Get<GetIntegrationSettings>().HandleAsync(cancellationToken);

    public Task<Result> SaveSettingsAsync(SaveIntegrationSettingsRequest request, CancellationToken cancellationToken) =>
        Get<SaveIntegrationSettings>().HandleAsync(request, cancellationToken);

    public Task<ChargeDto?> GetChargeAsync(Guid billingId, CancellationToken cancellationToken) =>
        Get<GetCharge>().HandleAsync(billingId, cancellationToken);

    public Task<IReadOnlyDictionary<Guid, ChargeDto>> GetChargesAsync(IReadOnlyCollection<Guid> billingIds, CancellationToken cancellationToken) =>
        Get<GetCharges>().HandleAsync(billingIds, cancellationToken);

    public Task<IReadOnlyList<ChargeDto>> ListFailuresAsync(CancellationToken cancellationToken) =>
        Get<ListChargeFailures>().HandleAsync(cancellationToken);

    public Task<Result> RetryAsync(Guid billingId, string by, CancellationToken cancellationToken) =>
        Get<RetryCharge>().HandleAsync(billingId, cancellationToken);

    public Task<WebhookOutcome> HandleAsaasWebhookAsync(string? token, string body, CancellationToken cancellationToken) =>
        Get<AsaasWebhook>().HandleAsync(token, body, cancellationToken);

    public Task<Result<string>> BeginContaAzulConnectAsync(string redirectUri, CancellationToken cancellationToken) =>
        Get<BeginContaAzulConnect>().HandleAsync(redirectUri, cancellationToken);

    public Task<Result> CompleteContaAzulConnectAsync(string code, string state, string redirectUri, CancellationToken cancellationToken) =>
        Get<CompleteContaAzulConnect>().HandleAsync(code, state, redirectUri, cancellationToken);
}
