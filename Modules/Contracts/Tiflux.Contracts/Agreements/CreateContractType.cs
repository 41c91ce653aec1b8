using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

internal sealed class CreateContractType(ContractsDbContext db)
{
    public async Task<Result<Guid>> HandleAsync(string name, ContractModality modality, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Error.Validation("Name", "Informe o nome do tipo de contrato.");
        }

        if (!Enum.IsDefined(modality))
        {
            return Error.Validation("Modality", "Escolha a modalidade.");
        }

        if (await db.ContractTypes.AnyAsync(t => t.Name == name.Trim(), cancellationToken))
        {
            return Error.Validation("Name", "Já existe um tipo de contrato com esse nome.");
        }

        var type = new ContractType { Name = name.Trim(), Modality = modality };
        db.ContractTypes.Add(type);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(type.Id);
    }
}
