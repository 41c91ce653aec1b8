using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Contracts;

/// <summary>
/// POST /contracts: a contract of any modality with its first rider, read as the contract forms read it. Admin and
/// Finance, as the contract pages. The answer is the contract detail; its API id is its number.
/// </summary>
internal static class ContractCreateEndpoint
{
    /// <summary>Module fields of POST /contracts (Settings.*, Rider.*) and their API names.</summary>
    private static readonly Dictionary<string, string> CreateFields = BuildCreateFields();

    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/contracts", CreateAsync).Produces<ContractView>(201).WithTags("Set-up").WithSummary("Create a contract with its first rider")
            .Body<CreateContractBody>()
            .Requires(Permissions.ContractsManage);

    private static async Task<IResult> CreateAsync(
        HttpContext http, IContractsAdministration contracts, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
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
        var settings = await ContractSettingsReader.ReadSettingsAsync(body, modality, ids, cancellationToken);
        RiderTermsRequest? rider = null;
        if (riderBody is not null)
        {
            rider = RiderReader.ReadRider(riderBody, modality, settings?.StartDate);
            body.Absorb("rider", riderBody);
        }

        body.ThrowIfErrors();
        var request = new CreateContractRequest(clientId!.Value, type!.Id, settings!, rider!, caller.Name);
        var created = await contracts.CreateContractAsync(request, cancellationToken);
        created.ThrowIfFailed(CreateFields);
        return ApiResults.Created(await ContractViewShape.ViewAsync(created.Value, contracts, ids, cancellationToken));
    }

    private static Dictionary<string, string> BuildCreateFields()
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ClientId"] = "client_id",
            ["ContractTypeId"] = "contract_type_id",
        };
        foreach (var (module, api) in ContractSettingsReader.SettingsFields)
        {
            fields["Settings." + module] = api;
        }

        foreach (var (module, api) in RiderReader.RiderFields)
        {
            fields["Rider." + module] = "rider." + api;
        }

        return fields;
    }
}

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
