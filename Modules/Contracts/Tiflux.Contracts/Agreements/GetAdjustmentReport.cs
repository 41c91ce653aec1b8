using Microsoft.EntityFrameworkCore;
using Tiflux.Contracts.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.Contracts.Validation;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

/// <summary>Reajuste de contrato over a period of months: pending ones first, the last adjustment, a preview of the value after.</summary>
internal sealed class GetAdjustmentReport(ContractsDbContext db, TimeProvider clock)
{
    public async Task<Result<AdjustmentReportDto>> HandleAsync(AdjustmentReportRequest request, CancellationToken cancellationToken)
    {
        var first = new DateOnly(request.FromMonth.Year, request.FromMonth.Month, 1);
        var toMonth = new DateOnly(request.ToMonth.Year, request.ToMonth.Month, 1);
        var errors = new Errors();
        errors.Require(BusinessDates.Contains(first) && BusinessDates.Contains(toMonth), "FromMonth", BusinessDates.OutOfRangeMessage);
        errors.Require(first <= toMonth, "ToMonth", "O mês final deve ser igual ou posterior ao inicial.");
        errors.Require(first > toMonth || toMonth < first.AddMonths(ContractLimits.AdjustmentReportMonths), "ToMonth",
            $"Escolha um período de no máximo {ContractLimits.AdjustmentReportMonths} meses.");
        errors.Require(AdjustmentRule.IsValidPercent(request.PreviewPercent), "PreviewPercent", AdjustmentRule.PercentRangeMessage);
        if (errors.Any)
        {
            return Result<AdjustmentReportDto>.Failure(errors.All);
        }

        var last = toMonth.AddMonths(1).AddDays(-1);
        var query = db.Contracts.AsNoTracking().Include(c => c.Riders).ThenInclude(r => r.Items)
            .Where(c => c.NextAdjustmentDate >= first && c.NextAdjustmentDate <= last);
        if (request.ClientId is { } clientId)
        {
            query = query.Where(c => c.ClientId == clientId);
        }

        var today = BrazilTime.Today(clock);
        var now = clock.GetUtcNow();
        var contracts = (await query.ToListAsync(cancellationToken))
            .Where(c => c.StatusOn(today) is not (ContractStatus.Cancelled or ContractStatus.Expired) && c.LatestRider is not null)
            .Where(c => request.Status is null || c.StatusOn(today) == request.Status)
            .ToList();
        var ids = contracts.Select(c => c.Id).ToList();
        var clientIds = contracts.Select(c => c.ClientId).Distinct().ToList();
        var clients = await db.Clients.AsNoTracking().Where(c => clientIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var lastAdjustments = (await db.PriceAdjustments.AsNoTracking().Where(a => ids.Contains(a.ContractId)).ToListAsync(cancellationToken))
            .GroupBy(a => a.ContractId)
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.AppliedAt)!);
        var rows = contracts
            .Select(c => new AdjustmentReportRowDto(
                ListAdjustmentsDue.Candidate(c, clients.GetValueOrDefault(c.ClientId, "?"), today),
                c.StatusOn(today) == ContractStatus.PendingAdjustment,
                request.PreviewPercent is { } percent ? AdjustmentRule.ValueAfter(c, percent, now) : null,
                lastAdjustments.GetValueOrDefault(c.Id) is { } a
                    ? new AdjustmentHistoryDto(a.EffectiveDate, a.IndexName, a.Percent, a.NewValue, a.PreviousValue, a.ResultingValue, a.AppliedBy, a.AppliedAt)
                    : null))
            .OrderByDescending(r => r.Pending).ThenBy(r => r.Contract.AdjustmentDate).ThenBy(r => r.Contract.Number)
            .ToList();
        return Result<AdjustmentReportDto>.Success(new AdjustmentReportDto(rows, request.PreviewPercent));
    }
}
