using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Contracts.Agreements;

/// <summary>Thin: resolves the report's use case.</summary>
internal sealed class ContractAdjustments(GetAdjustmentReport report) : IContractAdjustments
{
    public Task<Result<AdjustmentReportDto>> GetReportAsync(AdjustmentReportRequest request, CancellationToken cancellationToken) =>
        report.HandleAsync(request, cancellationToken);
}
