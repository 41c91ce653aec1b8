namespace Tiflux.Billing.PublicApi;

/// <summary>
/// The Dashboard's finance figures: each one set-based read over stored data (the pending summaries and the
/// awaiting-review snapshots the list pages keep, the billings, the reminders already sent), never the engine.
/// </summary>
public interface IBillingOverview
{
    /// <summary>Faturamentos pendentes as last stored for <paramref name="today"/> (base date): total, clients, oldest due.</summary>
    Task<PendingOverview> GetPendingAsync(DateOnly today, CancellationToken cancellationToken);

    /// <summary>Real value and count of the non-reversed billings of the month of <paramref name="today"/>, the month before and the same month a year before.</summary>
    Task<BilledMonthsOverview> GetBilledMonthsAsync(DateOnly today, CancellationToken cancellationToken);

    /// <summary>Billed, not paid, not reversed: all of them and those whose due date is before <paramref name="today"/>.</summary>
    Task<OpenChargesOverview> GetOpenChargesAsync(DateOnly today, CancellationToken cancellationToken);

    /// <summary>Contracts whose consumption reminder was sent for their cycle containing <paramref name="today"/>.</summary>
    Task<RemindedContractsOverview> GetRemindedContractsAsync(DateOnly today, CancellationToken cancellationToken);

    /// <summary>The standalone value held by tickets awaiting review, as the stored snapshots last computed it.</summary>
    Task<AwaitingReviewValueOverview> GetAwaitingReviewValueAsync(CancellationToken cancellationToken);
}

/// <summary>Null <see cref="RefreshedAt"/>: no summary stored for the date yet (the job or the list computes them).</summary>
public sealed record PendingOverview(decimal Total, int Clients, DateOnly? OldestDue, DateTimeOffset? RefreshedAt);

/// <summary>One calendar month's billings (by billing date).</summary>
public sealed record BilledMonth(int Year, int Month, decimal RealValue, int Count)
{
    public DateOnly First => new(Year, Month, 1);

    public DateOnly Last => First.AddMonths(1).AddDays(-1);
}

public sealed record BilledMonthsOverview(BilledMonth Current, BilledMonth Previous, BilledMonth SameMonthLastYear);

public sealed record OpenChargesOverview(int OpenCount, decimal OpenTotal, int OverdueCount, decimal OverdueTotal);

/// <summary>The contracts (and their clients) reminded in their current cycle.</summary>
public sealed record RemindedContractsOverview(int Count, IReadOnlyList<Guid> ContractIds);

public sealed record AwaitingReviewValueOverview(int Clients, decimal StandaloneValue);
