using System.Text.Json.Serialization;
using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;

namespace Tiflux.Api.Contracts;

/// <summary>
/// Contracts of every modality with their first rider, new rider versions, and the contract detail. The contract's API
/// id is its number. Admin and Finance, as the contract pages.
/// </summary>
internal static class ContractSetupEndpoints
{
    private static readonly Dictionary<string, BillingTiming> Timings = new(StringComparer.Ordinal)
    {
        ["in_advance"] = BillingTiming.InAdvance,
        ["in_arrears"] = BillingTiming.InArrears,
    };

    private static readonly Dictionary<string, CycleAnchor> Anchors = new(StringComparer.Ordinal)
    {
        ["calendar_month"] = CycleAnchor.CalendarMonth,
        ["anniversary"] = CycleAnchor.Anniversary,
    };

    private static readonly Dictionary<string, DiscountType> DiscountTypes = new(StringComparer.Ordinal)
    {
        ["currency"] = DiscountType.Currency,
        ["percent"] = DiscountType.Percent,
    };

    /// <summary>Module field names of a rider (without prefix) and their API names.</summary>
    private static readonly Dictionary<string, string> RiderFields = new(StringComparer.Ordinal)
    {
        ["StartDate"] = "start_date",
        ["EndDate"] = "end_date",
        ["DueDay"] = "due_day",
        ["Value"] = "value",
        ["DiscountValue"] = "discount_value",
        ["DiscountType"] = "discount_type",
        ["IncludedMinutes"] = "qtd_hours",
        ["SurplusHourRate"] = "surplus_hour_value",
        ["Tax"] = "tax",
        ["ExternalRate"] = "external_value",
        ["RemoteRate"] = "remote_value",
        ["InternalRate"] = "internal_value",
        ["IncludedTickets"] = "included_tickets",
        ["ExtraTicketValue"] = "extra_ticket_value",
        ["Items"] = "items",
        ["Reason"] = "description",
    };

    private static readonly Dictionary<string, string> SettingsFields = new(StringComparer.Ordinal)
    {
        ["Name"] = "name",
        ["BillingTiming"] = "billing_timing",
        ["BillingDaysBefore"] = "billing_days_before",
        ["AutomaticBilling"] = "automatic_billing",
        ["StartDate"] = "start_date",
        ["ExpirationDate"] = "expiration_date",
        ["DurationMonths"] = "duration",
        ["AutomaticRenewal"] = "automatic_renewal",
        ["CycleAnchor"] = "cycle_anchor",
        ["AdjustmentIntervalMonths"] = "readjust_duration",
        ["NextAdjustmentDate"] = "readjustment_date",
        ["TechnicalNotes"] = "technical_observations",
        ["RolloverCapMinutes"] = "rollover_cap_hours",
        ["RolloverExpiryCycles"] = "rollover_expiry_cycles",
        ["TimeRoundingIncrementMinutes"] = "time_rounding_minutes",
        ["MinimumMinutesPerEntry"] = "minimum_minutes",
        ["ReminderPercent"] = "consumption_reminder.percent",
        ["ReminderEmails"] = "consumption_reminder.emails",
        ["SharedMemberClientIds"] = "shared_member_client_ids",
    };

    /// <summary>Module fields of POST /contracts (Settings.*, Rider.*) and their API names.</summary>
    private static readonly Dictionary<string, string> CreateFields = BuildCreateFields();

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/contracts", CreateAsync).Produces<ContractView>(201).WithTags("Set-up").WithSummary("Create a contract with its first rider")
            .Body<CreateContractBody>();
        api.MapGet("/contracts/{id}", GetAsync).Produces<ContractView>().WithTags("Set-up").WithSummary("A contract with its latest rider");
        api.MapPost("/contracts/{id}/riders", AddRiderAsync).Produces<ContractView>(201).WithTags("Set-up").WithSummary("Add a rider version")
            .Body<RiderBody>();
    }

    private static async Task<IResult> CreateAsync(
        HttpContext http, IContractsAdministration contracts, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Billing();
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var clientId = await AutomationSupport.ClientAsync(body, "client_id", ids, required: true, cancellationToken);
        var typeNumber = body.Int("contract_type_id", required: true);
        ContractTypeDto? type = null;
        if (typeNumber is not null)
        {
            var typeId = await ids.ResolveAsync(PublicIdKind.ContractType, typeNumber.Value, cancellationToken);
            type = (await contracts.ListContractTypesAsync(cancellationToken)).FirstOrDefault(t => t.Id == typeId);
            if (type is null)
            {
                body.Fail("contract_type_id", "does not exist");
            }
        }

        var riderBody = body.Object("rider");
        if (riderBody is null && (!body.Has("rider") || body.IsNull("rider")))
        {
            body.Fail("rider", "can't be blank");
        }

        var modality = type?.Modality ?? ContractModality.Free;
        var settings = await ReadSettingsAsync(body, modality, ids, cancellationToken);
        RiderTermsRequest? rider = null;
        if (riderBody is not null)
        {
            rider = ReadRider(riderBody, modality, settings?.StartDate);
            body.Absorb("rider", riderBody);
        }

        body.ThrowIfErrors();
        var request = new CreateContractRequest(clientId!.Value, type!.Id, settings!, rider!, caller.Name);
        var created = await contracts.CreateContractAsync(request, cancellationToken);
        created.ThrowIfFailed(CreateFields);
        return ApiResults.Created(await ViewAsync(created.Value, contracts, ids, cancellationToken));
    }

    private static async Task<IResult> GetAsync(
        string id, HttpContext http, IContractsAdministration contracts, IContractsModule module, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Billing();
        var contractId = await ResolveAsync(id, ids, module, cancellationToken);
        return ApiResults.Ok(await ViewAsync(contractId, contracts, ids, cancellationToken));
    }

    private static async Task<IResult> AddRiderAsync(
        string id, HttpContext http, IContractsAdministration contracts, IContractsModule module, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Billing();
        var contractId = await ResolveAsync(id, ids, module, cancellationToken);
        var details = await contracts.GetContractDetailsAsync(contractId, cancellationToken) ?? throw ApiPath.NotFound("Contract", id);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var start = body.Date("start_date", required: true);
        var rider = ReadRider(body, details.Terms.Modality, start);
        body.ThrowIfErrors();
        var added = await contracts.AddRiderAsync(contractId, rider!, caller.Name, cancellationToken);
        added.ThrowIfFailed(RiderFields);
        return ApiResults.Created(await ViewAsync(contractId, contracts, ids, cancellationToken));
    }

    private static async Task<Guid> ResolveAsync(string id, PublicIds ids, IContractsModule module, CancellationToken cancellationToken) =>
        await AutomationSupport.FindContractAsync(ApiPath.Id(id), ids, module, cancellationToken)
            ?? throw ApiPath.NotFound("Contract", id);

    private static async Task<ContractSettingsRequest?> ReadSettingsAsync(BodyReader body, ContractModality modality, PublicIds ids, CancellationToken cancellationToken)
    {
        var name = body.String("name", required: true, maxLength: 255);
        var timing = AutomationSupport.Enum(body, "billing_timing", Timings) ?? ContractDefaults.Timing;
        var anchor = AutomationSupport.Enum(body, "cycle_anchor", Anchors) ?? ContractDefaults.Anchor;
        var start = body.Date("start_date", required: true);
        var rollover = ModalityFields.UsesRollover(modality);
        var reminder = body.Object("consumption_reminder");
        var reminderOn = reminder?.Bool("notification") ?? false;
        var reminderPercent = reminder?.Int("percent");
        var reminderEmails = reminder?.String("emails", maxLength: 2000)?
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (reminder is not null)
        {
            body.Absorb("consumption_reminder", reminder);
        }

        var memberIds = body.IntArray("shared_member_client_ids") ?? [];
        var members = await ids.ResolveManyAsync(PublicIdKind.Client, memberIds, cancellationToken);
        if (members.Count != memberIds.Distinct().Count())
        {
            body.Fail("shared_member_client_ids", "contains clients that do not exist");
        }

        var settings = new ContractSettingsRequest(
            name ?? "",
            timing,
            body.Int("billing_days_before") ?? 0,
            body.Bool("automatic_billing") ?? false,
            start ?? default,
            body.Date("expiration_date"),
            body.Int("duration"),
            body.Bool("automatic_renewal") ?? false,
            anchor,
            body.Int("readjust_duration"),
            body.Date("readjustment_date"),
            body.Bool("permit_appointments_readjustment") ?? false,
            body.String("technical_observations", maxLength: 4000) ?? "",
            rollover ? body.Minutes("rollover_cap_hours") : null,
            rollover ? body.Int("rollover_expiry_cycles") : null,
            body.Int("time_rounding_minutes") ?? 0,
            body.Int("minimum_minutes") ?? 0,
            reminderOn,
            reminderOn ? reminderPercent : null,
            reminderOn ? reminderEmails : [],
            ModalityFields.UsesMembers(modality) ? [.. memberIds.Distinct().Where(members.ContainsKey).Select(n => members[n])] : []);
        return body.HasErrors ? null : settings;
    }

    /// <summary>A rider's terms as the contract forms build them: fields of other modalities are ignored, SaaS value = Σ items.</summary>
    private static RiderTermsRequest? ReadRider(BodyReader body, ContractModality modality, DateOnly? contractStart)
    {
        var hours = ModalityFields.UsesHours(modality);
        var credit = ModalityFields.UsesCredit(modality);
        var tickets = ModalityFields.UsesTickets(modality);
        var usesItems = ModalityFields.UsesItems(modality);
        var start = body.Has("start_date") ? body.Date("start_date") : contractStart;
        var items = new List<RiderItemDto>();
        if (usesItems)
        {
            var rows = body.Objects("items") ?? [];
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                items.Add(new RiderItemDto(row.String("name")?.Trim() ?? "", row.Decimal("value", required: true) ?? 0m, row.Int("quantity", required: true) ?? 0));
                body.Absorb($"items[{i}]", row);
            }
        }

        var terms = new RiderTermsRequest(
            start ?? default,
            body.Date("end_date"),
            body.Int("due_day", required: true) ?? 0,
            usesItems ? items.Sum(i => i.Total) : body.Decimal("value") ?? 0m,
            body.Decimal("discount_value") ?? 0m,
            AutomationSupport.Enum(body, "discount_type", DiscountTypes) ?? DiscountType.Currency,
            hours ? body.Minutes("qtd_hours") : null,
            hours ? body.Decimal("surplus_hour_value") : null,
            credit ? body.Decimal("tax") : null,
            credit ? body.Decimal("external_value") : null,
            credit ? body.Decimal("remote_value") : null,
            credit ? body.Decimal("internal_value") : null,
            tickets ? body.Int("included_tickets") : null,
            tickets ? body.Decimal("extra_ticket_value") : null,
            items,
            body.String("description", maxLength: 1000) ?? "");
        return body.HasErrors ? null : terms;
    }

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
        var hours = ModalityFields.UsesHours(r.Modality);
        var credit = ModalityFields.UsesCredit(r.Modality);
        var tickets = ModalityFields.UsesTickets(r.Modality);
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
            ModalityFields.UsesItems(r.Modality) ? [.. r.Items.Select(i => new RiderItemView(i.Name, ApiResults.Money(i.MonthlyValue), i.Quantity, ApiResults.Money(i.Total)))] : null,
            history.CreatedBy,
            ApiResults.DateTime(history.CreatedAt));
    }

    /// <summary>Tiflux's status names, except that our own detail tells a cancelled contract from an expired one.</summary>
    internal static string StatusName(ContractStatus status) =>
        status == ContractStatus.Cancelled ? "cancelled" : ContractNames.Status(status);

    private static Dictionary<string, string> BuildCreateFields()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ClientId"] = "client_id",
            ["ContractTypeId"] = "contract_type_id",
        };
        foreach (var (module, api) in SettingsFields)
        {
            fields["Settings." + module] = api;
        }

        foreach (var (module, api) in RiderFields)
        {
            fields["Rider." + module] = "rider." + api;
        }

        return fields;
    }
}

/// <summary>A contract type as a contract names it.</summary>
internal sealed record ContractTypeLink(int? Id, string Name, string Modality);

/// <summary>Lembrete de consumo: <c>emails</c> comma-separated, as Tiflux.</summary>
internal sealed record ConsumptionReminderView(bool Notification, int? Percent, string? Emails);

/// <summary>One Produto/SaaS item of a rider.</summary>
internal sealed record RiderItemView(string Name, string Value, int Quantity, string Total);

/// <summary>A rider version; the modality-specific fields appear only for the modality that uses them.</summary>
internal sealed record RiderView(
    int Id,
    int Release,
    string StartDate,
    string? EndDate,
    int DueDay,
    string Description,
    string Value,
    string DiscountValue,
    string DiscountType,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? QtdHours,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SurplusHourValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Tax,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ExternalValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RemoteValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? InternalValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? IncludedTickets,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ExtraTicketValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RiderItemView[]? Items,
    string CreatedBy,
    string CreatedAt);

/// <summary>A contract with its settings and latest rider; <c>id</c> is the contract number.</summary>
internal sealed record ContractView(
    int Id,
    string Name,
    string Modality,
    bool Active,
    string Status,
    IdName Client,
    ContractTypeLink ContractType,
    string BillingTiming,
    int BillingDaysBefore,
    bool AutomaticBilling,
    string StartDate,
    string? ExpirationDate,
    int? Duration,
    bool AutomaticRenewal,
    string CycleAnchor,
    int? ReadjustDuration,
    string? ReadjustmentDate,
    bool PermitAppointmentsReadjustment,
    string? TechnicalObservations,
    string? RolloverCapHours,
    int? RolloverExpiryCycles,
    int TimeRoundingMinutes,
    int MinimumMinutes,
    ConsumptionReminderView ConsumptionReminder,
    int[] SharedMemberClientIds,
    string? CancelledOn,
    int RiderCount,
    RiderView? LastRider);

/// <summary>A rider's terms (documentation only; the body is read leniently). <c>qtd_hours</c> is HH:MM.</summary>
internal sealed record RiderBody(
    string? StartDate,
    string? EndDate,
    int DueDay,
    decimal? Value,
    decimal? DiscountValue,
    string? DiscountType,
    string? QtdHours,
    decimal? SurplusHourValue,
    decimal? Tax,
    decimal? ExternalValue,
    decimal? RemoteValue,
    decimal? InternalValue,
    int? IncludedTickets,
    decimal? ExtraTicketValue,
    RiderItemBody[]? Items,
    string? Description);

/// <summary>A Produto/SaaS item of a rider body.</summary>
internal sealed record RiderItemBody(string Name, decimal Value, int Quantity);

/// <summary>A consumption reminder body.</summary>
internal sealed record ConsumptionReminderBody(bool Notification, int? Percent, string? Emails);

/// <summary>POST /contracts (documentation only; the body is read leniently).</summary>
internal sealed record CreateContractBody(
    int ClientId,
    int ContractTypeId,
    string Name,
    string? BillingTiming,
    int? BillingDaysBefore,
    bool? AutomaticBilling,
    string StartDate,
    string? ExpirationDate,
    int? Duration,
    bool? AutomaticRenewal,
    string? CycleAnchor,
    int? ReadjustDuration,
    string? ReadjustmentDate,
    string? TechnicalObservations,
    string? RolloverCapHours,
    int? RolloverExpiryCycles,
    int? TimeRoundingMinutes,
    int? MinimumMinutes,
    ConsumptionReminderBody? ConsumptionReminder,
    int[]? SharedMemberClientIds,
    RiderBody Rider);
