using Tiflux.Api.Conventions;
using Tiflux.Api.Persistence;
using Tiflux.Contracts.PublicApi;
using Tiflux.SharedKernel;

namespace Tiflux.Api.Contracts;

/// <summary>Contract types (Configurações › Tipos de contrato): each bound to one modality. Admin and Finance.</summary>
internal static class ContractTypesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/contract-types", ListAsync).Produces<ContractTypeView[]>().WithTags("Set-up").WithSummary("List contract types").Paged()
            .Requires(Permissions.FinancialSettings);
        api.MapPost("/contract-types", CreateAsync).Produces<ContractTypeView>(201).WithTags("Set-up").WithSummary("Create a contract type")
            .Body<ContractTypeBody>()
            .Requires(Permissions.FinancialSettings);
    }

    private static async Task<IResult> ListAsync(HttpContext http, IContractsAdministration contracts, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Caller();
        var query = new QueryReader(http.Request.Query);
        var paging = query.Paging();
        query.ThrowIfErrors();
        var types = await contracts.ListContractTypesAsync(cancellationToken);
        var page = paging.Apply(types).ToList();
        var map = await ids.AssignAsync(new PublicIdBatch().AddRange(PublicIdKind.ContractType, page.Select(t => t.Id)), cancellationToken);
        return ApiResults.Page(http, page.Select(t => View(t, map[PublicIdKind.ContractType, t.Id])), types.Count);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, IContractsAdministration contracts, PublicIds ids, CancellationToken cancellationToken)
    {
        http.Caller();
        var body = await BodyReader.ReadJsonAsync(http.Request, cancellationToken);
        var name = body.String("name", required: true, maxLength: 200);
        var modalityText = body.String("modality", required: true);
        var modality = ContractNames.ParseModality(modalityText);
        if (modalityText is not null && modality is null)
        {
            body.Fail("modality", "is not included in the list: " + string.Join(", ", ContractNames.Modalities.Values));
        }

        body.ThrowIfErrors();
        var created = await contracts.CreateContractTypeAsync(name!, modality!.Value, cancellationToken);
        created.ThrowIfFailed();
        var type = (await contracts.ListContractTypesAsync(cancellationToken)).Single(t => t.Id == created.Value);
        return ApiResults.Created(View(type, await ids.AssignAsync(PublicIdKind.ContractType, type.Id, cancellationToken)));
    }

    private static ContractTypeView View(ContractTypeDto type, int id) =>
        new(id, type.Name, ContractNames.Modality(type.Modality), type.Active);
}

/// <summary>A contract type.</summary>
internal sealed record ContractTypeView(int Id, string Name, string Modality, bool Active);

/// <summary>POST /contract-types (documentation only; the body is read leniently).</summary>
internal sealed record ContractTypeBody(string Name, string Modality);
