using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Contracts.Validation;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Catalog;

internal sealed class SaveTravel(ContractsDbContext db)
{
    public async Task<Result<Guid>> HandleAsync(Guid? id, SaveTravelRequest request, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        errors.NotBlank(request.Name, "Name", "o nome do deslocamento");
        errors.NotNegative(request.Value, "Value", "O valor");
        errors.Require(request.Scope != TravelScope.Client || request.ClientId is not null, "ClientId", "Escolha o cliente do deslocamento.");
        errors.Require(request.Scope != TravelScope.Contract || request.ContractId is not null, "ContractId", "Escolha o contrato do deslocamento.");
        if (request.Scope == TravelScope.Contract && request.ContractId is { } contractId)
        {
            errors.Require(await db.Contracts.AnyAsync(c => c.Id == contractId, cancellationToken), "ContractId", "Contrato não encontrado.");
        }

        await CatalogRules.RequireClientAsync(db, request.Scope == TravelScope.Client ? request.ClientId : null, errors, cancellationToken);
        var travel = id is null ? new Travel { Name = "" } : await db.Travels.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (travel is null)
        {
            return Error.NotFound("Deslocamento não encontrado.");
        }

        if (errors.Any)
        {
            return Result<Guid>.Failure(errors.All);
        }

        travel.Name = request.Name.Trim();
        travel.Value = request.Value;
        travel.Scope = request.Scope;
        travel.ClientId = request.Scope == TravelScope.Client ? request.ClientId : null;
        travel.ContractId = request.Scope == TravelScope.Contract ? request.ContractId : null;
        travel.Active = request.Active;
        if (id is null)
        {
            db.Travels.Add(travel);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(travel.Id);
    }
}
