using Microsoft.EntityFrameworkCore;
using Tiflux.Integrations.Persistence;
using Tiflux.Integrations.PublicApi;

namespace Tiflux.Integrations.Settings;

/// <summary>The settings as the screen shows them: secrets only as "is set".</summary>
internal sealed class GetIntegrationSettings(IntegrationsDbContext db)
{
    public async Task<IntegrationSettingsDto> HandleAsync(CancellationToken cancellationToken)
    {
        var s = await db.Settings.AsNoTracking().SingleAsync(x => x.Id == 1, cancellationToken);
        return new IntegrationSettingsDto(
            s.Provider, s.AsaasEnvironment, s.AsaasBillingType, s.AsaasApiKeyProtected is not null, s.AsaasWebhookTokenProtected is not null,
            s.IssueNfse, s.MunicipalServiceCode, s.MunicipalServiceName, new NfseTaxes(s.RetainIss, s.Iss, s.Pis, s.Cofins, s.Csll, s.Inss, s.Ir),
            s.ContaAzulClientId, s.ContaAzulClientSecretProtected is not null, s.ContaAzulRefreshTokenProtected is not null, s.ContaAzulConnectedAt);
    }
}
