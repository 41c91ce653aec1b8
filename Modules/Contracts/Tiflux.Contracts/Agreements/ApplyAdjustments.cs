using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Adjustments;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Contracts.Validation;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

/// <summary>Applies a price adjustment to the chosen contracts: each gets a new rider with the adjusted values.</summary>
internal sealed class ApplyAdjustments(ContractsDbContext db, TimeProvider clock)
{
    private DateOnly Today => BrazilTime.Today(clock);

    public async Task<Result<int>> HandleAsync(ApplyAdjustmentRequest request, CancellationToken cancellationToken)
    {
        var errors = new Errors();
        errors.Require(request.ContractIds.Count > 0, "ContractIds", "Selecione ao menos um contrato.");
        errors.Require((request.Percent is null) != (request.NewValue is null), "Percent", "Informe um percentual ou um novo valor (apenas um).");
        errors.Require(AdjustmentRule.IsValidPercent(request.Percent), "Percent", AdjustmentRule.PercentRangeMessage);
        errors.Require(request.NewValue is null or >= 0, "NewValue", "O novo valor não pode ser negativo.");
        errors.Require(Money.IsStorable(request.NewValue), "NewValue", Money.OutOfRangeMessage);
        errors.NotBlank(request.IndexName, "IndexName", "o índice (IGP-M, IPCA, IGP-DI ou outro)", 60);
        if (errors.Any)
        {
            return Result<int>.Failure(errors.All);
        }

        var contracts = await db.Contracts.Include(c => c.Riders).ThenInclude(r => r.Items)
            .Where(c => request.ContractIds.Contains(c.Id)).ToListAsync(cancellationToken);
        foreach (var contract in contracts)
        {
            CheckAdjustable(contract, request, errors);
        }

        errors.Require(contracts.Count == request.ContractIds.Distinct().Count(), "ContractIds", "Algum contrato selecionado não existe.");
        if (errors.Any)
        {
            return Result<int>.Failure(errors.All);
        }

        foreach (var contract in contracts)
        {
            Adjust(contract, request);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result<int>.Success(contracts.Count);
    }

    private void CheckAdjustable(Contract contract, ApplyAdjustmentRequest request, Errors errors)
    {
        var label = $"Contrato {contract.Number} ({contract.Name})";
        if (contract.StatusOn(Today) is ContractStatus.Cancelled or ContractStatus.Expired)
        {
            errors.Add("ContractIds", $"{label} está cancelado ou expirado e não pode ser reajustado.");
        }
        else if (contract.NextAdjustmentDate is not { } effective || contract.AdjustmentIntervalMonths is null)
        {
            errors.Add("ContractIds", $"{label} não tem reajuste agendado.");
        }
        else if (contract.LatestRider!.StartDate >= effective)
        {
            errors.Add("ContractIds", $"{label} já tem um adendo a partir de {contract.LatestRider.StartDate:dd/MM/yyyy}.");
        }
        else if (request.NewValue is not null && contract.Modality.UsesItems())
        {
            errors.Add("NewValue", $"{label} é Produto/SaaS: reajuste os itens por percentual.");
        }
    }

    private void Adjust(Contract contract, ApplyAdjustmentRequest request)
    {
        var effective = contract.NextAdjustmentDate!.Value;
        var latest = contract.LatestRider!;
        if (latest.EndDate is null || latest.EndDate >= effective)
        {
            latest.EndDate = effective.AddDays(-1);
        }

        var rider = AdjustmentRule.NewRider(contract, request.Percent, request.NewValue, request.IndexName, request.AppliedBy, clock.GetUtcNow());
        db.Riders.Add(rider);
        db.PriceAdjustments.Add(new PriceAdjustment
        {
            ContractId = contract.Id,
            EffectiveDate = effective,
            Percent = request.Percent,
            NewValue = request.NewValue,
            IndexName = request.IndexName.Trim(),
            PreviousValue = ListContracts.RiderValue(latest, contract.Modality),
            ResultingValue = ListContracts.RiderValue(rider, contract.Modality),
            CreatedRiderId = rider.Id,
            AppliedBy = request.AppliedBy,
            AppliedAt = clock.GetUtcNow(),
        });
        contract.NextAdjustmentDate = effective.AddMonths(contract.AdjustmentIntervalMonths!.Value);
    }
}
