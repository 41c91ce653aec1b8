using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Clients;

internal sealed class AddResource(ContractsDbContext db)
{
    public async Task<Result<Guid>> HandleAsync(AddResourceRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            return Error.Validation("Name", "Informe o nome do recurso.");
        }

        if (!await db.Clients.AnyAsync(c => c.Id == request.ClientId, cancellationToken))
        {
            return Error.NotFound("Cliente não encontrado.");
        }

        if (request.ResourceGroupId is { } groupId
            && !await db.ResourceGroups.AnyAsync(g => g.Id == groupId && g.ClientId == request.ClientId, cancellationToken))
        {
            return Error.Validation("ResourceGroupId", "O grupo de recurso não pertence a este cliente.");
        }

        var resource = new Resource
        {
            ClientId = request.ClientId,
            Name = request.Name.Trim(),
            Description = request.Description.Trim(),
            ResourceGroupId = request.ResourceGroupId,
        };
        db.Resources.Add(resource);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(resource.Id);
    }
}
