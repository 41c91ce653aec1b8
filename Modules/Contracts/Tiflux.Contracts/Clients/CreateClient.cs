using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Clients;

internal sealed class CreateClient(ContractsDbContext db, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(SaveClientRequest request, CancellationToken cancellationToken)
    {
        var errors = await ClientRules.ValidateAsync(db, request, null, cancellationToken);
        if (errors.Any)
        {
            return Result<Guid>.Failure(errors.All);
        }

        var client = new Client
        {
            Name = request.Name.Trim(),
            LegalName = request.LegalName.Trim(),
            TaxId = TaxId.Normalize(request.TaxId),
            CreatedAt = clock.GetUtcNow(),
        };
        ClientRules.Apply(client, request);
        db.Clients.Add(client);
        return await ClientRules.SaveUniqueAsync(db, client.Id, cancellationToken);
    }
}
