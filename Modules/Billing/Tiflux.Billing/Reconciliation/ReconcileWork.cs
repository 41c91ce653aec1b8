using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Reconciliation;

/// <summary>
/// Relatórios › Conciliação: loads the period once, logs every entry, travel fee and extra, lets each source claim them
/// (ticket state, billing lines, billed cycles) and reports per client the buckets, the difference and the problems.
/// </summary>
internal sealed class ReconcileWork(LoadReconciliationSources load)
{
    public async Task<Result<ReconciliationDto>> HandleAsync(ReconciliationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.To < request.From)
        {
            return Result<ReconciliationDto>.Failure(Error.Validation("ate", "A data final deve ser igual ou posterior à inicial."));
        }

        if (request.To.DayNumber - request.From.DayNumber + 1 > BillingLimits.ReconciliationMaxDays)
        {
            return Result<ReconciliationDto>.Failure(Error.Validation("ate", $"O período pode ter no máximo {BillingLimits.ReconciliationMaxDays} dias."));
        }

        var sources = await load.LoadAsync(request, cancellationToken);
        var book = new ClaimBook();
        TimeClaims.Add(book, sources);
        ItemClaims.Add(book, sources);
        BilledCycleClaims.Add(book, sources);
        return Result<ReconciliationDto>.Success(new ReconciliationDto(request.From, request.To, book.Build(sources.ClientNames)));
    }
}
