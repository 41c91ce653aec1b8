using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.Validation;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

internal sealed class CancelContract(ContractsDbContext db)
{
    public async Task<Result> HandleAsync(Guid contractId, DateOnly cancelledOn, string reason, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        if (contract is null)
        {
            return Result.Failure(Error.NotFound("Contrato não encontrado."));
        }

        var errors = new Errors();
        errors.Require(contract.CancelledOn is null, "CancelledOn", "O contrato já está cancelado.");
        errors.InWindow(cancelledOn, "CancelledOn");
        errors.Require(cancelledOn >= contract.StartDate, "CancelledOn", "O cancelamento não pode ser anterior ao início do contrato.");
        errors.NotBlank(reason, "Reason", "o motivo do cancelamento", 1000);
        if (errors.Any)
        {
            return Result.Failure(errors.All);
        }

        contract.CancelledOn = cancelledOn;
        contract.CancellationReason = reason.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
