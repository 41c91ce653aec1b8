using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Contracts.Validation;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

/// <summary>A new contract with its first rider.</summary>
internal sealed class CreateContract(ContractsDbContext db, TimeProvider clock)
{
    private DateOnly Today => BrazilTime.Today(clock);

    public async Task<Result<Guid>> HandleAsync(CreateContractRequest request, CancellationToken cancellationToken)
    {
        var type = await db.ContractTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == request.ContractTypeId, cancellationToken);
        var errors = new Errors();
        errors.Require(type is { Active: true }, "ContractTypeId", "Escolha um tipo de contrato ativo.");
        var client = await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.ClientId, cancellationToken);
        errors.Require(client is { Active: true }, "ClientId", "Escolha um cliente ativo.");
        if (type is null)
        {
            return Result<Guid>.Failure(errors.All);
        }

        ContractSettingsValidator.Validate(request.Settings, type.Modality, errors);
        RiderTermsValidator.Validate(request.Rider, type.Modality, errors);
        errors.Require(request.Rider.StartDate == request.Settings.StartDate, "Rider.StartDate", "O primeiro adendo começa na data de início do contrato.");
        await SharedMembers.ValidateAsync(db, request.Settings.SharedMemberClientIds, request.ClientId, errors, cancellationToken);
        if (errors.Any)
        {
            return Result<Guid>.Failure(errors.All);
        }

        var contract = new Contract
        {
            Name = request.Settings.Name,
            ClientId = request.ClientId,
            ContractTypeId = type.Id,
            Modality = type.Modality,
            StartDate = request.Settings.StartDate,
            CreatedAt = clock.GetUtcNow(),
        };
        ContractTerms.Apply(contract, request.Settings);
        if (contract.AdjustmentIntervalMonths is { } interval && contract.NextAdjustmentDate is null)
        {
            contract.NextAdjustmentDate = ContractDefaults.FirstAdjustment(contract.StartDate, interval, Today);
        }

        contract.Riders.Add(ContractTerms.NewRider(contract.Id, contract.Modality, 1, request.Rider with { Reason = "Contrato criado" }, request.CreatedBy, clock.GetUtcNow()));
        db.Contracts.Add(contract);
        await db.SaveChangesAsync(cancellationToken);
        return Result<Guid>.Success(contract.Id);
    }
}
