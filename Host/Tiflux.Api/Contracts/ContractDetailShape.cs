using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Api.Contracts;

/// <summary>The contract detail of PUT /contracts/{id}: numbers, not strings, for money (api-v2.md §3.3).</summary>
internal static class ContractDetailShape
{
    public static async Task<ContractDetail> BuildAsync(ContractDetailsDto details, PublicIds ids, CancellationToken cancellationToken)
    {
        var t = details.Terms;
        var s = details.Settings;
        var rider = t.Riders.MaxBy(r => r.Release);
        var batch = new PublicIdBatch()
            .Add(PublicIdKind.Contract, t.Id, t.Number).Add(PublicIdKind.Client, t.ClientId).Add(PublicIdKind.Rider, rider?.Id)
            .Add(PublicIdKind.ContractType, t.ContractTypeId);
        var map = await ids.AssignAsync(batch, cancellationToken);
        var credit = t.Modality.UsesCredit();
        return new ContractDetail(
            t.Number,
            s.Name,
            t.Status is ContractStatus.Active or ContractStatus.PendingAdjustment,
            ApiResults.Date(t.ExpirationDate),
            s.DurationMonths,
            s.AutomaticRenewal,
            s.PermitEntriesWhilePendingAdjustment,
            false,
            s.AutomaticBilling,
            s.BillingDaysBefore,
            string.IsNullOrEmpty(s.TechnicalNotes) ? null : s.TechnicalNotes,
            new ConsumptionReminder(s.ReminderEnabled, s.ReminderPercent, s.ReminderEmails.Count == 0 ? null : string.Join(",", s.ReminderEmails)),
            new IdName(map[PublicIdKind.Client, t.ClientId], details.ClientName),
            new ContractTypeRef(map[PublicIdKind.ContractType, t.ContractTypeId], t.ContractTypeName, ContractNames.Modality(t.Modality)),
            rider is null ? null : new LastRider(
                map[PublicIdKind.Rider, rider.Id],
                rider.Release,
                0,
                rider.DueDay,
                details.RiderHistory.FirstOrDefault(h => h.Terms.Id == rider.Id)?.Reason is { Length: > 0 } description ? description : null,
                rider.Value,
                rider.DiscountValue,
                rider.DiscountType == DiscountType.Percent ? "percent" : "currency",
                credit ? null : ApiResults.Duration(rider.IncludedMinutes ?? 0),
                credit ? null : rider.SurplusHourRate ?? 0m,
                credit ? rider.ExternalRate ?? 0m : null,
                credit ? rider.InternalRate ?? 0m : null,
                credit ? rider.RemoteRate ?? 0m : null,
                credit ? rider.Tax ?? 0m : null));
    }

}

/// <summary>The contract detail object.</summary>
internal sealed record ContractDetail(
    int Id,
    string Name,
    bool Active,
    string? ExpirationDate,
    int? Duration,
    bool AutomaticRenewal,
    bool PermitAppointmentsReadjustment,
    bool BillingInBatch,
    bool AutomaticBilling,
    int BillingDaysBefore,
    string? TechnicalObservations,
    ConsumptionReminder ConsumptionReminder,
    IdName Client,
    ContractTypeRef ContractType,
    LastRider? LastRider);

internal sealed record ConsumptionReminder(bool Notification, int? Percent, string? Emails);

internal sealed record ContractTypeRef(int Id, string Name, string Modality);

/// <summary>The latest rider: Hours fields (qtd_hours, surplus_hour_value) or Credit fields (rates, tax); the others are omitted.</summary>
internal sealed record LastRider(
    int Id,
    int RiderNumber,
    int Release,
    int DueDay,
    string? Description,
    decimal Value,
    decimal DiscountValue,
    string? DiscountType,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? QtdHours,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] decimal? SurplusHourValue,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] decimal? ExternalValue,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] decimal? InternalValue,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] decimal? RemoteValue,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] decimal? Tax);
