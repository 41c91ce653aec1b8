using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Clients;

internal sealed class AddResourceGroup(ContractsDbContext db)
{
    public async Task<Result<Guid>> HandleAsync(Guid clientId, string name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Error.Validation("Name", "Informe o nome do grupo de recurso.");
        }

        if (!await db.Clients.AnyAsync(c => c.Id == clientId, cancellationToken))
        {
            return Error.NotFound("Cliente não encontrado.");
        }

        if (await db.ResourceGroups.AnyAsync(g => g.ClientId == clientId && g.Name == name.Trim(), cancellationToken))
        {
            return Error.Validation("Name", "Já existe um grupo de recurso com esse nome para o cliente.");
        }

        var group = new ResourceGroup { ClientId = clientId, Name = name.Trim() };
        db.ResourceGroups.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(group.Id);
    }
}
