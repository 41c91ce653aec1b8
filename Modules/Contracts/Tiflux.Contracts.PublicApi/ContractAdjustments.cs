using Tiflux.SharedKernel;

namespace Tiflux.Contracts.PublicApi;

/// <summary>The Reajuste de contrato report: contracts due for a price adjustment in a period.</summary>
public interface IContractAdjustments
{
    /// <summary>
    /// Contracts (neither cancelled nor expired) whose next adjustment falls between the first day of
    /// <see cref="AdjustmentReportRequest.FromMonth"/> and the last of <see cref="AdjustmentReportRequest.ToMonth"/>,
    /// pending ones first, each with its last applied adjustment and, for a preview percentage, its value after it.
    /// </summary>
    Task<Result<AdjustmentReportDto>> GetReportAsync(AdjustmentReportRequest request, CancellationToken cancellationToken);
}

/// <summary>Bounds of the Contracts module's reports.</summary>
public static class ContractLimits
{
    /// <summary>The longest period of the Reajuste de contrato report, in months.</summary>
    public const int AdjustmentReportMonths = 24;
}

/// <summary>A period of months (any day of each month), optional client and status, optional preview percentage.</summary>
public sealed record AdjustmentReportRequest(DateOnly FromMonth, DateOnly ToMonth, Guid? ClientId, ContractStatus? Status, decimal? PreviewPercent);

/// <summary>One contract of the report; <see cref="ValueAfter"/> is null without a preview percentage.</summary>
public sealed record AdjustmentReportRowDto(AdjustmentCandidateDto Contract, bool Pending, decimal? ValueAfter, AdjustmentHistoryDto? LastAdjustment);

/// <summary>The report's rows with their totals.</summary>
public sealed record AdjustmentReportDto(IReadOnlyList<AdjustmentReportRowDto> Rows, decimal? PreviewPercent)
{
    public decimal TotalBefore => Rows.Sum(r => r.Contract.CurrentValue);

    public decimal? TotalAfter => PreviewPercent is null ? null : Rows.Sum(r => r.ValueAfter ?? r.Contract.CurrentValue);

    public int PendingCount => Rows.Count(r => r.Pending);
}
