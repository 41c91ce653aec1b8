using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Contracts;

/// <summary>POST /contracts/{id}/riders: a new rider version of a contract (the terms of its modality). Admin and Finance.</summary>
internal static class ContractRidersEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/contracts/{id}/riders", AddRiderAsync).Produces<ContractView>(201).WithTags("Set-up").WithSummary("Add a rider version")
            .Body<RiderBody>()
            .Requires(Permissions.ContractsManage);

    private static async Task<IResult> AddRiderAsync(
        string id, HttpContext http, IContractsAdministration contracts, IContractsModule module, PublicIds ids, CancellationToken cancellationToken)
    {
        var caller = http.Caller();
        var contractId = await ContractGetEndpoint.ResolveAsync(id, ids, module, cancellationToken);
        var details = await contracts.GetContractDetailsAsync(contractId, cancellationToken) ?? throw ApiPath.NotFound("Contract", id);
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var start = body.Date("start_date", required: true);
        var rider = RiderReader.ReadRider(body, details.Terms.Modality, start);
        body.ThrowIfErrors();
        var added = await contracts.AddRiderAsync(contractId, rider!, caller.Name, cancellationToken);
        added.ThrowIfFailed(RiderReader.RiderFields);
        return ApiResults.Created(await ContractViewShape.ViewAsync(contractId, contracts, ids, cancellationToken));
    }
}

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
