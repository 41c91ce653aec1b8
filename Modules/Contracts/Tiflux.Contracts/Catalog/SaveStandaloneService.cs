using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Contracts.Validation;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Catalog;

internal sealed class SaveStandaloneService(ContractsDbContext db)
{
    public async Task<Result<Guid>> HandleAsync(Guid? id, SaveStandaloneServiceRequest request, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        errors.NotBlank(request.Name, "Name", "o nome do serviço");
        errors.NotNegative(request.ExternalHourRate, "ExternalHourRate", "O valor da hora externa");
        errors.NotNegative(request.RemoteHourRate, "RemoteHourRate", "O valor da hora remota");
        errors.NotNegative(request.InternalHourRate, "InternalHourRate", "O valor da hora interna");
        await CatalogRules.RequireClientAsync(db, request.ClientId, errors, cancellationToken);
        var service = id is null ? new StandaloneService { Name = "" } : await db.StandaloneServices.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null)
        {
            return Error.NotFound("Serviço avulso não encontrado.");
        }

        if (errors.Any)
        {
            return Result<Guid>.Failure(errors.All);
        }

        service.Name = request.Name.Trim();
        service.ClientId = request.ClientId;
        service.ExternalHourRate = request.ExternalHourRate;
        service.RemoteHourRate = request.RemoteHourRate;
        service.InternalHourRate = request.InternalHourRate;
        service.Active = request.Active;
        if (id is null)
        {
            db.StandaloneServices.Add(service);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(service.Id);
    }
}
