using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tiflux.Integrations.Charges;
using Tiflux.Integrations.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Integrations.ContaAzul;

/// <summary>Ends the OAuth flow: checks the returned state (constant time) and exchanges the code for tokens.</summary>
internal sealed class CompleteContaAzulConnect(IntegrationsDbContext db, ContaAzulTokens tokens)
{
    public async Task<Result> HandleAsync(string code, string state, string redirectUri, CancellationToken cancellationToken)
    {
        var s = await db.Settings.AsNoTracking().SingleAsync(x => x.Id == 1, cancellationToken);
        if (string.IsNullOrEmpty(state) || s.ContaAzulPendingState is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(state), Encoding.UTF8.GetBytes(s.ContaAzulPendingState)))
        {
            return Result.Failure(Error.Validation("state", "Retorno da Conta Azul inválido ou expirado; clique em Conectar de novo."));
        }

        try
        {
            await tokens.ExchangeCodeAsync(code, redirectUri, cancellationToken);
            return Result.Success();
        }
        catch (IntegrationCallException ex)
        {
            return Result.Failure(Error.Validation("code", ex.Message));
        }
    }
}
