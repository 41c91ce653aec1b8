using Microsoft.EntityFrameworkCore;
using Tiflux.Integrations.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Integrations.ContaAzul;

/// <summary>Starts the OAuth flow: stores a fresh state and returns the Conta Azul authorization URL.</summary>
internal sealed class BeginContaAzulConnect(IntegrationsDbContext db, ContaAzulTokens tokens)
{
    public async Task<Result<string>> HandleAsync(string redirectUri, CancellationToken cancellationToken)
    {
        var s = await db.Settings.SingleAsync(x => x.Id == 1, cancellationToken);
        if (string.IsNullOrWhiteSpace(s.ContaAzulClientId) || s.ContaAzulClientSecretProtected is null)
        {
            return Error.Validation("ContaAzulClientId", "Salve o client id e o client secret da Conta Azul antes de conectar.");
        }

        s.ContaAzulPendingState = ContaAzulTokens.NewState();
        await db.SaveChangesAsync(cancellationToken);
        return Result<string>.Success(tokens.AuthorizationUrl(s.ContaAzulClientId, redirectUri, s.ContaAzulPendingState).ToString());
    }
}
