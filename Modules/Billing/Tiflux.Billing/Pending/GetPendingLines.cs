using Tiflux.Billing.Pending.Summary;
using Tiflux.Billing.PublicApi;

namespace Tiflux.Billing.Pending;

/// <summary>
/// The explained pending lines. One client's lines (the billing screen) are kept in this process's cache with the
/// client's fingerprint read before computing them: while nothing the engine reads for that client changed, the next
/// visit gets the same lines without recomputing (ADR 0019). Billing itself always computes afresh (the draft).
/// </summary>
internal sealed class GetPendingLines(PendingBillingEngine engine, PendingFingerprints fingerprints, SummaryCache cache)
{
    public async Task<IReadOnlyList<PendingLineDto>> HandleAsync(PendingRequest request, CancellationToken cancellationToken)
    {
        if (request.ClientIds is not { Count: 1 } clients)
        {
            return (await engine.ComputeAsync(request, cancellationToken)).Lines;
        }

        var client = clients.Single();
        var version = await fingerprints.VersionAsync(cancellationToken);
        var fingerprint = (await fingerprints.ReadAsync(version, cancellationToken)).GetValueOrDefault(client);
        var key = $"lines:{client}:{request.BaseDate.DayNumber}:{request.ExactDueDate?.DayNumber}:{request.Scope}";
        if (fingerprint is not null && cache.Get<IReadOnlyList<PendingLineDto>>(key, fingerprint) is { } cached)
        {
            return cached;
        }

        var lines = (await engine.ComputeAsync(request, cancellationToken)).Lines;
        if (fingerprint is not null)
        {
            cache.Set(key, fingerprint, lines);
        }

        return lines;
    }
}
