using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Api.Contracts;

/// <summary>The contract detail of the set-up routes: settings, client, type and the latest rider.</summary>
internal static class ContractViewShape
{
    /// <summary>The contract detail: settings, client, type and the latest rider with the fields of its modality.</summary>
    public static async Task<ContractView> ViewAsync(Guid contractId, IContractsAdministration contracts, PublicIds ids, CancellationToken cancellationToken)
    {
        var details = await contracts.GetContractDetailsAsync(contractId, cancellationToken) ?? throw ApiPath.NotFound("Contract", contractId);
        var terms = details.Terms;
        var s = details.Settings;
        var type = (await contracts.ListContractTypesAsync(cancellationToken))
            .Where(t => t.Modality == terms.Modality && t.Name == terms.ContractTypeName)
            .OrderByDescending(t => t.Active)
            .FirstOrDefault();
        var latest = details.RiderHistory.Count > 0 ? details.RiderHistory[0] : null;
        var batch = new PublicIdBatch()
            .Add(PublicIdKind.Contract, terms.Id, terms.Number)
            .Add(PublicIdKind.Client, terms.ClientId)
            .Add(PublicIdKind.ContractType, type?.Id)
            .Add(PublicIdKind.Rider, latest?.Terms.Id)
            .AddRange(PublicIdKind.Client, s.SharedMemberClientIds);
        var map = await ids.AssignAsync(batch, cancellationToken);
        return new ContractView(
            terms.Number,
            terms.Name,
            ContractNames.Modality(terms.Modality),
            terms.Status is ContractStatus.Active or ContractStatus.PendingAdjustment,
            StatusName(terms.Status),
            new IdName(map[PublicIdKind.Client, terms.ClientId], details.ClientName),
            new ContractTypeLink(map.Find(PublicIdKind.ContractType, type?.Id), terms.ContractTypeName, ContractNames.Modality(terms.Modality)),
            s.BillingTiming == BillingTiming.InAdvance ? "in_advance" : "in_arrears",
            s.BillingDaysBefore,
            s.AutomaticBilling,
            ApiResults.Date(s.StartDate),
            ApiResults.Date(s.ExpirationDate),
            s.DurationMonths,
            s.AutomaticRenewal,
            s.CycleAnchor == CycleAnchor.CalendarMonth ? "calendar_month" : "anniversary",
            s.AdjustmentIntervalMonths,
            ApiResults.Date(s.NextAdjustmentDate),
            s.PermitEntriesWhilePendingAdjustment,
            string.IsNullOrEmpty(s.TechnicalNotes) ? null : s.TechnicalNotes,
            s.RolloverCapMinutes is { } cap ? ApiResults.Duration(cap) : null,
            s.RolloverExpiryCycles,
            s.TimeRoundingIncrementMinutes,
            s.MinimumMinutesPerEntry,
            new ConsumptionReminderView(s.ReminderEnabled, s.ReminderPercent, s.ReminderEmails.Count > 0 ? string.Join(",", s.ReminderEmails) : null),
            [.. s.SharedMemberClientIds.Select(c => map[PublicIdKind.Client, c])],
            ApiResults.Date(details.CancelledOn),
            details.RiderHistory.Count,
            latest is null ? null : RiderView(latest, map[PublicIdKind.Rider, latest.Terms.Id]));
    }

    private static RiderView RiderView(RiderHistoryDto history, int id)
    {
        var r = history.Terms;
        var hours = r.Modality.UsesHours();
        var credit = r.Modality.UsesCredit();
        var tickets = r.Modality.UsesTickets();
        static string? M(decimal? value) => value is { } v ? ApiResults.Money(v) : null;
        return new RiderView(
            id,
            r.Release,
            ApiResults.Date(r.StartDate),
            ApiResults.Date(r.EndDate),
            r.DueDay,
            history.Reason,
            ApiResults.Money(r.Value),
            ApiResults.Money(r.DiscountValue),
            r.DiscountType == DiscountType.Percent ? "percent" : "currency",
            hours && r.IncludedMinutes is { } included ? ApiResults.Duration(included) : null,
            hours ? M(r.SurplusHourRate) : null,
            credit ? M(r.Tax) : null,
            credit ? M(r.ExternalRate) : null,
            credit ? M(r.RemoteRate) : null,
            credit ? M(r.InternalRate) : null,
            tickets ? r.IncludedTickets : null,
            tickets ? M(r.ExtraTicketValue) : null,
            r.Modality.UsesItems() ? [.. r.Items.Select(i => new RiderItemView(i.Name, ApiResults.Money(i.MonthlyValue), i.Quantity, ApiResults.Money(i.Total)))] : null,
            history.CreatedBy,
            ApiResults.DateTime(history.CreatedAt));
    }

    /// <summary>Tiflux's status names, except that our own detail tells a cancelled contract from an expired one.</summary>
    internal static string StatusName(ContractStatus status) =>
        status == ContractStatus.Cancelled ? "cancelled" : ContractNames.Status(status);
}
