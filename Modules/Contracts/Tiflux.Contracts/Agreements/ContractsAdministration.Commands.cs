using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tiflux.Contracts.PublicApi;
using Tiflux.Contracts.Validation;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

internal sealed partial class ContractsAdministration
{
    public async Task<Result<Guid>> CreateContractAsync(CreateContractRequest request, CancellationToken cancellationToken)
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
        await ValidateMembersAsync(request.Settings.SharedMemberClientIds, request.ClientId, errors, cancellationToken);
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

    public async Task<Result> UpdateContractSettingsAsync(Guid contractId, ContractSettingsRequest request, CancellationToken cancellationToken)
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
        await ValidateMembersAsync(request.SharedMemberClientIds, contract.ClientId, errors, cancellationToken);
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

    public async Task<Result<Guid>> AddRiderAsync(Guid contractId, RiderTermsRequest request, string createdBy, CancellationToken cancellationToken)
    {
        var contract = await db.Contracts.Include(c => c.Riders).SingleOrDefaultAsync(c => c.Id == contractId, cancellationToken);
        if (contract is null)
        {
            return Error.NotFound("Contrato não encontrado.");
        }

        if (contract.StatusOn(Today) is ContractStatus.Cancelled or ContractStatus.Expired)
        {
            return Error.Conflict("Contratos cancelados ou inativos não podem receber novos adendos.");
        }

        var errors = new Errors();
        RiderTermsValidator.Validate(request, contract.Modality, errors, prefix: "");
        var latest = contract.LatestRider!;
        if (request.StartDate <= latest.StartDate)
        {
            errors.Add("StartDate", $"O novo adendo deve começar depois de {latest.StartDate:dd/MM/yyyy}, início do adendo atual.");
        }
        else if (latest.EndDate is { } end && end >= request.StartDate)
        {
            errors.Add("StartDate", $"Vigência sobreposta: o adendo {latest.Release} vai até {end:dd/MM/yyyy}.");
        }

        if (errors.Any)
        {
            return Result<Guid>.Failure(errors.All);
        }

        latest.EndDate ??= request.StartDate.AddDays(-1);
        var rider = ContractTerms.NewRider(contract.Id, contract.Modality, latest.Release + 1, request, createdBy, clock.GetUtcNow());
        db.Riders.Add(rider);
        return await SaveRiderAsync(rider.Id, cancellationToken);
    }

    public async Task<Result> CancelContractAsync(Guid contractId, DateOnly cancelledOn, string reason, CancellationToken cancellationToken)
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

    private async Task ValidateMembersAsync(IReadOnlyList<Guid> members, Guid ownerId, Errors errors, CancellationToken cancellationToken)
    {
        if (members.Count == 0)
        {
            return;
        }

        errors.Require(!members.Contains(ownerId), "Settings.SharedMemberClientIds", "O cliente titular já participa do crédito; não o inclua como membro.");
        var found = await db.Clients.CountAsync(c => members.Contains(c.Id), cancellationToken);
        errors.Require(found == members.Distinct().Count(), "Settings.SharedMemberClientIds", "Algum cliente membro não existe.");
    }

    private async Task<Result<Guid>> SaveRiderAsync(Guid riderId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result<Guid>.Success(riderId);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation or PostgresErrorCodes.UniqueViolation })
        {
            return Error.Conflict("Outro adendo foi gravado ao mesmo tempo para este contrato, com vigência sobreposta. Recarregue e tente de novo.");
        }
    }
}
