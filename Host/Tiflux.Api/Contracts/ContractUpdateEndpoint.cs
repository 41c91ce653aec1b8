using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Contracts;

/// <summary>
/// PUT /contracts/{id} (api-v2.md §3.3): settings of an Hours or Credit contract (Horas Cumulativas and Crédito
/// compartilhado too) and, with <c>rider</c>, a new rider version starting today. Answers the contract detail.
/// </summary>
internal static class ContractUpdateEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/contracts/{id}", UpdateAsync).Produces<ContractDetail>().WithTags("Contracts")
            .WithSummary("Update an Hours or Credit contract").Body<ContractUpdateBody>()
            .Requires(Permissions.ContractsManage);

    private static async Task<IResult> UpdateAsync(
        string id, HttpContext http, IContractsAdministration contracts, IContractsModule module, PublicIds ids, TimeProvider clock, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var contractId = await ResolveAsync(id, module, ids, cancellationToken);
        var details = await contracts.GetContractDetailsAsync(contractId, cancellationToken) ?? throw ApiPath.NotFound("Contract", id);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var settings = ReadSettings(body, details.Settings);
        var riderBody = body.Object("rider");
        body.ThrowIfErrors();

        var terms = details.Terms;
        if (!terms.Modality.UsesHours() && !terms.Modality.UsesCredit())
        {
            throw new ApiErrorException(ApiError.Body("contract_type", "Only Hours and Credit contracts can be updated"));
        }

        if (details.CancelledOn is not null)
        {
            throw new ApiErrorException(ApiError.Body("errors", "Cannot update a cancelled contract"));
        }

        if (terms.Status == ContractStatus.Expired)
        {
            throw new ApiErrorException(ApiError.Body("active", "Cannot update an inactive contract"));
        }

        var today = BrazilTime.Today(clock);
        RiderTermsRequest? rider = null;
        if (riderBody is not null)
        {
            rider = ReadRider(riderBody, terms, today);
            body.Absorb("rider", riderBody);
            body.ThrowIfErrors();
        }

        (await contracts.UpdateContractSettingsAsync(contractId, settings, cancellationToken)).ThrowIfFailed(SettingsFields);
        if (rider is not null)
        {
            (await contracts.AddRiderAsync(contractId, rider, caller.Name, cancellationToken)).ThrowIfFailed(RiderFields);
        }

        var updated = await contracts.GetContractDetailsAsync(contractId, cancellationToken) ?? throw ApiPath.NotFound("Contract", id);
        return ApiResults.Ok(await ContractDetailShape.BuildAsync(updated, ids, cancellationToken));
    }

    /// <summary>The contract with this API id (its number), or 404.</summary>
    private static async Task<Guid> ResolveAsync(string id, IContractsModule module, PublicIds ids, CancellationToken cancellationToken) =>
        await AutomationSupport.FindContractAsync(ApiPath.Id(id), ids, module, cancellationToken) ?? throw ApiPath.NotFound("Contract", id);

    private static ContractSettingsRequest ReadSettings(BodyReader body, ContractSettingsRequest current)
    {
        var name = body.String("name", required: body.Has("name"), maxLength: 255);
        var daysBefore = body.Int("billing_days_before");
        if (daysBefore is > 28)
        {
            body.Fail("billing_days_before", "The maximum number of days for invoicing before the due date must be 28");
        }
        else if (daysBefore is < 0)
        {
            body.Fail("billing_days_before", "must be greater than or equal to 0");
        }

        return current with
        {
            Name = name ?? current.Name,
            AutomaticRenewal = body.Bool("automatic_renewal") ?? current.AutomaticRenewal,
            AutomaticBilling = body.Bool("automatic_billing") ?? current.AutomaticBilling,
            BillingDaysBefore = daysBefore ?? current.BillingDaysBefore,
            TechnicalNotes = body.Has("technical_observations") ? body.String("technical_observations", maxLength: 4000) ?? "" : current.TechnicalNotes,
        };
    }

    private static RiderTermsRequest ReadRider(BodyReader rider, ContractTermsDto terms, DateOnly today)
    {
        var last = terms.Riders.MaxBy(r => r.Release) ?? throw new ApiErrorException(ApiError.Body("rider", "The contract has no rider to continue from"));
        var dueDay = rider.Int("due_day");
        if (dueDay is < 1 or > 28)
        {
            rider.Fail("due_day", "must be between 1 and 28");
        }

        var hours = rider.Has("qtd_hours") ? rider.Minutes("qtd_hours") : last.IncludedMinutes;
        var credit = terms.Modality.UsesCredit();
        return new RiderTermsRequest(
            today,
            last.EndDate is { } end && end > today ? end : null,
            dueDay ?? last.DueDay,
            rider.Decimal("value") ?? last.Value,
            rider.Decimal("discount_value") ?? last.DiscountValue,
            last.DiscountType,
            credit ? null : hours,
            credit ? null : rider.Decimal("surplus_hour_value") ?? last.SurplusHourRate,
            credit ? rider.Decimal("tax") ?? last.Tax : last.Tax,
            credit ? rider.Decimal("external_value") ?? last.ExternalRate : last.ExternalRate,
            credit ? rider.Decimal("remote_value") ?? last.RemoteRate : last.RemoteRate,
            credit ? rider.Decimal("internal_value") ?? last.InternalRate : last.InternalRate,
            last.IncludedTickets,
            last.ExtraTicketValue,
            last.Items,
            rider.String("description", maxLength: 500) is { Length: > 0 } reason ? reason : "Alterado pela API");
    }

    private static readonly Dictionary<string, string> SettingsFields = new()
    {
        ["Name"] = "name",
        ["BillingDaysBefore"] = "billing_days_before",
        ["TechnicalNotes"] = "technical_observations",
    };

    private static readonly Dictionary<string, string> RiderFields = new()
    {
        ["StartDate"] = "rider.start_date",
        ["DueDay"] = "rider.due_day",
        ["Value"] = "rider.value",
        ["DiscountValue"] = "rider.discount_value",
        ["IncludedMinutes"] = "rider.qtd_hours",
        ["SurplusHourRate"] = "rider.surplus_hour_value",
        ["Tax"] = "rider.tax",
        ["ExternalRate"] = "rider.external_value",
        ["RemoteRate"] = "rider.remote_value",
        ["InternalRate"] = "rider.internal_value",
    };
}

/// <summary>The documented PUT /contracts/{id} body.</summary>
internal sealed record ContractUpdateBody(
    string? Name,
    bool? AutomaticRenewal,
    bool? BillingInBatch,
    bool? AutomaticBilling,
    int? BillingDaysBefore,
    string? TechnicalObservations,
    ContractRiderBody? Rider);

/// <summary>New rider values: Hours use qtd_hours and surplus_hour_value; Credit uses tax.</summary>
internal sealed record ContractRiderBody(int? DueDay, string? Description, decimal? Value, decimal? DiscountValue, decimal? QtdHours, decimal? SurplusHourValue, decimal? Tax);
