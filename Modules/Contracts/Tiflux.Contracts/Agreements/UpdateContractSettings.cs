using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Contracts.Validation;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

internal sealed class UpdateContractSettings(ContractsDbContext db, TimeProvider clock)
{
    private DateOnly Today => BrazilTime.Today(clock);

    public async Task<Result> HandleAsync(Guid contractId, ContractSettingsRequest request, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        if (contract is null)
        {
            return Result.Failure(Error.NotFound("Contrato não encontrado."));
        }

        if (contract.StatusOn(Today) is ContractStatus.Cancelled or ContractStatus.Expired)
        {
            return Result.Failure(Error.Conflict("Contratos cancelados ou inativos não podem ser editados."));
        }

        var errors = new Errors();
        ContractSettingsValidator.Validate(request, contract.Modality, errors);
        // The start date is fixed after creation, except to repair one stored outside the date window before it was
        // enforced (docs/decisions/0010-input-bounds.md): the first rider moves with it.
        var repairsStart = !BusinessDates.Contains(contract.StartDate) && request.StartDate != contract.StartDate;
        errors.Require(request.StartDate == contract.StartDate || repairsStart, "Settings.StartDate", "A data de início não pode ser alterada depois da criação.");
        await SharedMembers.ValidateAsync(db, request.SharedMemberClientIds, contract.ClientId, errors, cancellationToken);
        if (errors.Any)
        {
            return Result.Failure(errors.All);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (repairsStart)
        {
            var oldStart = contract.StartDate;
            await db.Riders.Where(r => r.ContractId == contract.Id && r.StartDate == oldStart)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.StartDate, request.StartDate), cancellationToken);
            contract.StartDate = request.StartDate;
        }

        ContractTerms.Apply(contract, request);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success();
    }
}
