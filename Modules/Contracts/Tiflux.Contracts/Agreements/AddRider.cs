using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Contracts.Validation;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

/// <summary>A new rider (adendo) after the current one; the current one ends the day before when open-ended.</summary>
internal sealed class AddRider(ContractsDbContext db, TimeProvider clock)
{
    private DateOnly Today => BrazilTime.Today(clock);

    public async Task<Result<Guid>> HandleAsync(Guid contractId, RiderTermsRequest request, string createdBy, CancellationToken cancellationToken)
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
