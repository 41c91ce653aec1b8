using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Agreements;

internal sealed class Contract
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public int Number { get; init; }

    public required string Name { get; set; }

    public Guid ClientId { get; init; }

    public Guid ContractTypeId { get; init; }

    public ContractModality Modality { get; init; }

    public BillingTiming BillingTiming { get; set; } = BillingTiming.InAdvance;

    public int BillingDaysBefore { get; set; }

    public bool AutomaticBilling { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly? ExpirationDate { get; set; }

    public int? DurationMonths { get; set; }

    public bool AutomaticRenewal { get; set; }

    public CycleAnchor CycleAnchor { get; set; } = CycleAnchor.CalendarMonth;

    public int? AdjustmentIntervalMonths { get; set; }

    public DateOnly? NextAdjustmentDate { get; set; }

    public bool PermitEntriesWhilePendingAdjustment { get; set; }

    public DateOnly? CancelledOn { get; set; }

    public string CancellationReason { get; set; } = "";

    public string TechnicalNotes { get; set; } = "";

    public int? RolloverCapMinutes { get; set; }

    public int? RolloverExpiryCycles { get; set; }

    public int TimeRoundingIncrementMinutes { get; set; }

    public int MinimumMinutesPerEntry { get; set; }

    public bool ReminderEnabled { get; set; }

    public int? ReminderPercent { get; set; }

    public List<string> ReminderEmails { get; set; } = [];

    public List<Guid> SharedMemberClientIds { get; set; } = [];

    public List<ContractRider> Riders { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public ContractStatus StatusOn(DateOnly today)
    {
        if (CancelledOn is { } cancelled && cancelled <= today)
        {
            return ContractStatus.Cancelled;
        }

        if (!AutomaticRenewal && ExpirationDate is { } expiration && expiration < today)
        {
            return ContractStatus.Expired;
        }

        return NextAdjustmentDate is { } adjustment && adjustment <= today
            ? ContractStatus.PendingAdjustment
            : ContractStatus.Active;
    }

    /// <summary>Last day of the contract's life, or null while it renews automatically and is not cancelled.</summary>
    public DateOnly? LastDay()
    {
        DateOnly? end = AutomaticRenewal ? null : ExpirationDate;
        if (CancelledOn is { } cancelled && (end is null || cancelled < end))
        {
            end = cancelled;
        }

        return end;
    }

    /// <summary>End of the term that contains <paramref name="date"/>: the expiration, pushed by whole renewals.</summary>
    public DateOnly? TermEndOn(DateOnly date)
    {
        if (ExpirationDate is not { } end)
        {
            return null;
        }

        if (!AutomaticRenewal || DurationMonths is not > 0)
        {
            return end;
        }

        var renewals = 0;
        while (end < date)
        {
            renewals++;
            end = ExpirationDate.Value.AddDays(1).AddMonths(DurationMonths.Value * renewals).AddDays(-1);
        }

        return end;
    }

    public ContractRider? LatestRider => Riders.MaxBy(r => r.Release);
}
