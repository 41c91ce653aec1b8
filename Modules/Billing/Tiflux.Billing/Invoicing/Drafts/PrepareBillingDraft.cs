using Microsoft.EntityFrameworkCore;
using Tiflux.Billing.Pending;
using Tiflux.Billing.Persistence;
using Tiflux.Billing.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Billing.Invoicing.Drafts;

/// <summary>
/// The finalization screen's billing, read-only: the selection computed once, with its total, suggested observations,
/// default dates and version. A selection no longer pending gives an empty draft (the caller says so).
/// </summary>
internal sealed class PrepareBillingDraft(BillingDbContext db, PendingBillingEngine engine, TimeProvider clock)
{
    public async Task<Result<BillingDraftDto>> HandleAsync(BillingDraftRequest request, CancellationToken cancellationToken)
    {
        if (!request.BillAll && request.SelectedGroupKeys.Count == 0)
        {
            return Error.Validation("SelectedGroupKeys", BillingSelection.NothingSelected);
        }

        var computation = await engine.ComputeAsync(request.Filters with { ClientIds = [request.ClientId] }, cancellationToken);
        var selection = BillingSelection.Of(request, computation);
        var termDays = await db.Settings.AsNoTracking().Select(s => s.DueDateTermDays).SingleAsync(cancellationToken);
        return Result<BillingDraftDto>.Success(BillingDraftDefaults.Draft(request.ClientId, selection, BrazilTime.Today(clock), termDays));
    }
}
