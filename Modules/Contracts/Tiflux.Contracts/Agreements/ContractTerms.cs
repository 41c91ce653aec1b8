using Tiflux.Contracts.PublicApi;

namespace Tiflux.Contracts.Agreements;

internal static class ContractTerms
{
    public static ContractTermsDto ToDto(Contract c, string typeName, DateOnly today) => new(
        c.Id, c.Number, c.Name, c.ClientId, c.Modality, typeName, c.BillingTiming, c.BillingDaysBefore, c.AutomaticBilling,
        c.StartDate, c.ExpirationDate, c.AutomaticRenewal, c.CycleAnchor, c.StatusOn(today), c.RolloverCapMinutes,
        c.RolloverExpiryCycles, c.TimeRoundingIncrementMinutes, c.MinimumMinutesPerEntry, c.SharedMemberClientIds,
        [.. c.Riders.OrderBy(r => r.Release).Select(r => r.ToDto(c))],
        c.ReminderEnabled && c.ReminderPercent is { } percent && c.ReminderEmails.Count > 0 ? new ConsumptionReminderDto(percent, c.ReminderEmails) : null)
    {
        ContractTypeId = c.ContractTypeId,
        CancelledOn = c.CancelledOn,
    };

    public static ContractSettingsRequest ToSettings(Contract c) => new(
        c.Name, c.BillingTiming, c.BillingDaysBefore, c.AutomaticBilling, c.StartDate, c.ExpirationDate, c.DurationMonths,
        c.AutomaticRenewal, c.CycleAnchor, c.AdjustmentIntervalMonths, c.NextAdjustmentDate, c.PermitEntriesWhilePendingAdjustment,
        c.TechnicalNotes, c.RolloverCapMinutes, c.RolloverExpiryCycles, c.TimeRoundingIncrementMinutes, c.MinimumMinutesPerEntry,
        c.ReminderEnabled, c.ReminderPercent, c.ReminderEmails, c.SharedMemberClientIds);

    public static void Apply(Contract c, ContractSettingsRequest s)
    {
        c.Name = s.Name.Trim();
        c.BillingTiming = s.BillingTiming;
        c.BillingDaysBefore = s.BillingDaysBefore;
        c.AutomaticBilling = s.AutomaticBilling;
        c.ExpirationDate = s.ExpirationDate;
        c.DurationMonths = s.DurationMonths;
        c.AutomaticRenewal = s.AutomaticRenewal;
        c.CycleAnchor = s.CycleAnchor;
        c.AdjustmentIntervalMonths = s.AdjustmentIntervalMonths;
        c.NextAdjustmentDate = s.NextAdjustmentDate;
        c.PermitEntriesWhilePendingAdjustment = s.PermitEntriesWhilePendingAdjustment;
        c.TechnicalNotes = s.TechnicalNotes.Trim();
        c.RolloverCapMinutes = s.RolloverCapMinutes;
        c.RolloverExpiryCycles = s.RolloverExpiryCycles;
        c.TimeRoundingIncrementMinutes = s.TimeRoundingIncrementMinutes;
        c.MinimumMinutesPerEntry = s.MinimumMinutesPerEntry;
        c.ReminderEnabled = s.ReminderEnabled;
        c.ReminderPercent = s.ReminderPercent;
        c.ReminderEmails = [.. s.ReminderEmails];
        c.SharedMemberClientIds = [.. s.SharedMemberClientIds.Distinct()];
    }

    public static ContractRider NewRider(Guid contractId, ContractModality modality, int release, RiderTermsRequest r, string createdBy, DateTimeOffset now) => new()
    {
        ContractId = contractId,
        Release = release,
        StartDate = r.StartDate,
        EndDate = r.EndDate,
        DueDay = r.DueDay,
        Value = modality.CycleValue(r.Value, r.Items),
        DiscountValue = r.DiscountValue,
        DiscountType = r.DiscountType,
        IncludedMinutes = r.IncludedMinutes,
        SurplusHourRate = r.SurplusHourRate,
        Tax = r.Tax,
        ExternalRate = r.ExternalRate,
        RemoteRate = r.RemoteRate,
        InternalRate = r.InternalRate,
        IncludedTickets = r.IncludedTickets,
        ExtraTicketValue = r.ExtraTicketValue,
        Items = [.. r.Items.Select((item, i) => new RiderItem { Position = i, Name = item.Name.Trim(), MonthlyValue = item.MonthlyValue, Quantity = item.Quantity })],
        Reason = string.IsNullOrWhiteSpace(r.Reason) ? "Alteração de termos" : r.Reason.Trim(),
        CreatedBy = createdBy,
        CreatedAt = now,
    };
}
