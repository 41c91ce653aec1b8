using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Clients;

internal sealed class UpdateClient(ContractsDbContext db)
{
    public async Task<Result> HandleAsync(Guid clientId, SaveClientRequest request, CancellationToken cancellationToken)
    {
        var client = await db.Clients.SingleOrDefaultAsync(c => c.Id == clientId, cancellationToken);
        if (client is null)
        {
            return Result.Failure(Error.NotFound("Cliente não encontrado."));
        }

        var errors = await ClientRules.ValidateAsync(db, request, clientId, cancellationToken);
        if (errors.Any)
        {
            return Result.Failure(errors.All);
        }

        client.Name = request.Name.Trim();
        client.LegalName = request.LegalName.Trim();
        client.TaxId = TaxId.Normalize(request.TaxId);
        ClientRules.Apply(client, request);
        return await ClientRules.SaveUniqueAsync(db, client.Id, cancellationToken);
    }
}
